// The message an embedded view posts to the page around it whenever its height changes, and the rule the pasted listener
// applies to it. Apart from the snippet, so that an embed's page loads this alone.

/** The type of the message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'corroborate:height';

/** The two kinds of embed: the full comparison, or the landing page's card for one measure. */
export type EmbedKind = 'compare' | 'card';

/** Heights outside this range are refused: a hostile or broken frame cannot make the host page absurdly tall. */
export const MAX_EMBED_HEIGHT = 20_000;

/** The height in a message from an embed, or null when the message is not a well-formed height message. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  if (height <= 0 || height > MAX_EMBED_HEIGHT) return null;
  return Math.ceil(height);
}

/** The message an embed posts to its parent for a content height in CSS pixels. */
export function heightMessage(height: number): { type: typeof HEIGHT_MESSAGE; height: number } {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}
