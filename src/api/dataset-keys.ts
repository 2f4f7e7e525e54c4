/** The published (read-only) dataset's key; workspaces use their own keys, which name one state of their records. */
export const PUBLISHED = 'published';
