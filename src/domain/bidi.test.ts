import { describe, expect, it } from 'vitest';
import { isolateBidi } from './bidi';

describe('isolateBidi', () => {
  it('leaves ordinary text alone, right-to-left scripts included', () => {
    expect(isolateBidi('Syrian Observatory')).toBe('Syrian Observatory');
    expect(isolateBidi('مرصد')).toBe('مرصد');
  });

  it('wraps a string with an open override in an isolate', () => {
    expect(isolateBidi('a \u202Eb')).toBe('\u2068a \u202Eb\u2069');
  });

  it('drops a stray closing isolate, which would close the wrapper early, and closes isolates left open', () => {
    expect(isolateBidi('\u2069\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
    expect(isolateBidi('\u2067open')).toBe('\u2068\u2067open\u2069\u2069');
    expect(isolateBidi('\u2066ok\u2069')).toBe('\u2068\u2066ok\u2069\u2069');
  });
});
