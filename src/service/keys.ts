/** The published (read-only) dataset's key; workspaces use their own keys, which name one state of their records. */
export const PUBLISHED = 'published';

/** Which records a key names, whatever their state: a workspace's key is "ws:<id>@<revision>", and every revision is the
 * same workspace (so a view may keep showing the last revision while the next is computed). */
export function recordsOf(sourceKey: string): string {
  return sourceKey.replace(/@[^@]*$/, '');
}

/** The workspace a key names, or null for the published dataset. */
export function workspaceIdOf(sourceKey: string): string | null {
  const match = /^ws:(.*)@[^@]*$/.exec(sourceKey);
  return match?.[1] ?? null;
}

/** The key of one state of a workspace. */
export function workspaceKey(id: string, revision: number): string {
  return `ws:${id}@${revision}`;
}
