/**
 * FNV-1a over a string's UTF-16 units, as an unsigned 32-bit number: a cheap, stable hash (not for security).
 * @example fnv1a('') // 2166136261
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
