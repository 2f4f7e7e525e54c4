import { describe, expect, it } from 'vitest';
import { itemAt, outOfRange } from './checked-index';

describe('itemAt', () => {
  it('returns the item at an index in range, a stored 0 or "" included', () => {
    expect(itemAt(['c1', 'c2', 'c3'], 2)).toBe('c3');
    expect(itemAt([0, ''], 0)).toBe(0);
    expect(itemAt([0, ''], 1)).toBe('');
  });
  it('throws a RangeError naming the index and the length past either end', () => {
    expect(() => itemAt(['c1'], 1)).toThrow('Index 1 is outside an array of length 1.');
    expect(() => itemAt(['c1'], -1)).toThrow(RangeError);
  });
});

describe('outOfRange', () => {
  it('lets a typed-array read keep its value and fail loudly past the end', () => {
    const ends = Int32Array.of(7, -4, 0);
    const read = (i: number): number => ends[i] ?? outOfRange(i, ends);
    expect(read(1)).toBe(-4);
    expect(read(2)).toBe(0);
    expect(() => read(3)).toThrow('Index 3 is outside an array of length 3.');
  });
});
