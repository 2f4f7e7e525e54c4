/** The published (read-only) dataset's key; workspaces use their own keys, which name one state of their records. */
export const PUBLISHED = 'published';

/** Which records a key names, whatever their state: a workspace's key is "ws:<id>@<revision>", and every revision is the
 * same workspace (so a view may keep showing the last revision while the next is computed). */
export function recordsOf(sourceKey: string): string {
  return sourceKey.replace(/@[^@]*$/, '');
}
