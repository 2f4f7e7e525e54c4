// The one string order of the engine and its views: UTF-16 code units, the order of Array#sort with no comparator.
// ISO dates and ids sort correctly this way, far faster than localeCompare, and the same on every machine and locale.

/** Orders two strings by UTF-16 code units (uppercase before lowercase, "B" before "a"); equal strings give 0. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** As compareStrings, with null after every string (an undated claim after every dated one); two nulls give 0. */
export function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareStrings(a, b);
}

/** Two names as people type them are the same name: case and surrounding spaces aside ("  Reuters" is "reuters"). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
