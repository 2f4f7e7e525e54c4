import { describe, expect, it } from 'vitest';
import { chunkColumns, columnPage, columnsThatFit } from './matrix-model';

describe('chunkColumns', () => {
  it('puts every column in exactly one run, in order, none longer than asked', () => {
    const columns = Array.from({ length: 15 }, (_, i) => i);
    const chunks = chunkColumns(columns, 5);
    expect(chunks).toHaveLength(3);
    expect(chunks.flat()).toEqual(columns);
    expect(chunkColumns(columns.slice(0, 7), 5).map((c) => c.length)).toEqual([5, 2]);
    expect(chunkColumns([], 5)).toEqual([]);
  });
});

describe('columnsThatFit and columnPage', () => {
  it('fits as many columns as the width allows, at least one', () => {
    expect(columnsThatFit(1376, 240, 136)).toBe(8);
    expect(columnsThatFit(300, 240, 136)).toBe(1);
  });

  it('shows a full last page and never starts outside the columns', () => {
    const columns = Array.from({ length: 15 }, (_, i) => i + 1);
    expect(columnPage(columns, 1, 8)).toEqual({ shown: [1, 2, 3, 4, 5, 6, 7, 8], start: 0 });
    expect(columnPage(columns, 9, 8).shown).toEqual([8, 9, 10, 11, 12, 13, 14, 15]);
    expect(columnPage(columns, 99, 8).start).toBe(7);
    expect(columnPage(columns, -3, 8).start).toBe(0);
    expect(columnPage(columns, 1, 20).shown).toHaveLength(15);
  });
});
