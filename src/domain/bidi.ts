// Bidirectional-text isolation for strings that end up inside a longer line of text (a citation, say), where no <bdi>
// element can be put around them.

const ISOLATE_OPEN = /[\u2066-\u2068]/;
const PDI = '\u2069';
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Wraps a string that carries bidi controls in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so an override it leaves
 * open cannot reorder the text after it (the closing isolate ends every embedding opened inside). A stray closing
 * isolate in the string is dropped, as it would close the wrapper early; strings without bidi controls come back as they are.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ISOLATE_OPEN.test(ch)) depth++;
    else if (ch === PDI) {
      if (depth === 0) continue;
      depth--;
    }
    out += ch;
  }
  return `\u2068${out}${PDI.repeat(depth)}${PDI}`;
}
