import { describe, expect, it } from 'vitest';
import { clipMessage, describeValue, quoteValue, QUOTE_MAX } from './quote-value';

describe('quoteValue', () => {
  it('quotes a short value whole', () => {
    expect(quoteValue('c-12')).toBe('"c-12"');
  });

  it('cuts a long value to 80 characters, with an ellipsis and its length', () => {
    const quoted = quoteValue('x'.repeat(45_000_000));
    expect(quoted).toBe(`"${'x'.repeat(QUOTE_MAX)}…" (45,000,000 characters)`);
  });

  it('escapes control characters and never splits a surrogate pair', () => {
    expect(quoteValue('a\nb')).toBe('"a\\nb"');
    const quoted = quoteValue(`${'x'.repeat(79)}😀${'y'.repeat(10)}`);
    expect(quoted).toBe(`"${'x'.repeat(79)}…" (91 characters)`);
  });
});

describe('describeValue', () => {
  it('describes lists and objects by size, never serialising them', () => {
    expect(describeValue(new Array(2_000_000).fill(0))).toBe('a list of 2,000,000 items');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(2)).toBe('2');
    expect(describeValue(null)).toBe('null');
    expect(describeValue('v'.repeat(100))).toMatch(/…" \(100 characters\)$/);
  });
});

describe('clipMessage', () => {
  it('keeps a short message and cuts a long one', () => {
    expect(clipMessage('short')).toBe('short');
    expect(clipMessage('m'.repeat(1000))).toHaveLength(300 + '… (1,000 characters in all)'.length);
  });
});
