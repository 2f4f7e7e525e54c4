// Error messages quote the bad value so the reader can find it, but never whole: a 45 MB string must not become a 45 MB message.

/** The most characters of a bad value an error message repeats. */
export const QUOTE_MAX = 80;

/** Thousands with commas, the same on every machine. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A string in double quotes, cut to `max` characters with an ellipsis and its total length when longer: "abc…" (1,024 characters). */
export function quoteValue(value: string, max: number = QUOTE_MAX): string {
  if (value.length <= max) return JSON.stringify(value);
  let cut = value.slice(0, max);
  // Never end on the first half of a surrogate pair: the message would hold a broken character.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const quoted = JSON.stringify(cut);
  return `${quoted.slice(0, -1)}…" (${formatCount(value.length)} characters)`;
}

/** Any JSON value, short: strings quoted and cut, lists and objects by their size, without serialising them. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteValue(value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${formatCount(value.length)} ${value.length === 1 ? 'item' : 'items'}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** A message from elsewhere (a parser, the browser) cut to a readable length. */
export function clipMessage(message: string, max = 300): string {
  return message.length <= max ? message : `${message.slice(0, max)}… (${formatCount(message.length)} characters in all)`;
}
