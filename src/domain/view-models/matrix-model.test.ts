import { describe, expect, it } from 'vitest';
import { analyseDataset } from '../analyse';
import { indexDataset } from '../lookups';
import { loadShippedDataset } from '../../testing/real-dataset';
import { blockRange, buildMatrix, chunkColumns, columnPage, columnsThatFit, matrixFrame, matrixGroups, matrixRows } from './matrix-model';

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

describe('buildMatrix', () => {
  it('puts each figure in its source’s cell as the cell prints it: the words, the footing, the date', () => {
    const shipped = loadShippedDataset();
    const index = indexDataset(shipped);
    const { groups } = analyseDataset(shipped);
    const model = buildMatrix(groups, index, 'contested', '');
    const raids = model.rows.find((r) => r.group.id === 'air-raids-palmyra-2016');
    const [figure] = raids?.cells.get('russian-defence-ministry') ?? [];
    // The Russian Defence Ministry's "20 to 25" sorties a day, on the group's footing of raids a day.
    expect(figure).toMatchObject({ asWritten: '20 to 25', footing: '20–25 raids a day', statedOn: '2016-03-18', statedOnInferred: true });
    expect(model.figureCount).toBe(groups.reduce((n, g) => n + g.entries.length, 0));
    expect(model.columns.reduce((n, c) => n + c.count, 0)).toBe(model.figureCount);
    // The search keeps the measures whose name or unit holds it, and nothing else.
    const searched = buildMatrix(groups, index, 'measure', 'raids');
    expect(searched.rows.length).toBeGreaterThan(0);
    expect(searched.rows.every((r) => `${r.group.label} ${r.group.unit}`.toLowerCase().includes('raids'))).toBe(true);
    const labels = searched.rows.map((r) => r.group.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)));
  });
});

describe('matrixFrame and matrixRows', () => {
  it('give the whole matrix between them, and the rows of a window only its columns’ cells', () => {
    const shipped = loadShippedDataset();
    const index = indexDataset(shipped);
    const { groups } = analyseDataset(shipped);
    const ordered = matrixGroups(groups, 'contested', '');
    const frame = matrixFrame(ordered, index);
    const whole = buildMatrix(groups, index, 'contested', '');
    expect(frame).toEqual({ groups: whole.rows.map((r) => r.group), columns: whole.columns, figureCount: whole.figureCount });
    expect(matrixRows(ordered, index, null)).toEqual(whole.rows);
    // Rows 2 to 4 for the second and third columns: the same cells and marks as the whole matrix has there, no others.
    const voices = new Set(whole.columns.slice(1, 3).map((c) => c.id));
    const window = matrixRows(ordered.slice(2, 5), index, voices);
    expect(window.map((r) => r.group)).toEqual(whole.rows.slice(2, 5).map((r) => r.group));
    for (const [i, row] of window.entries()) {
      const full = whole.rows[i + 2];
      expect([...row.cells.keys()].every((v) => voices.has(v))).toBe(true);
      for (const voice of voices) {
        expect(row.cells.get(voice)).toEqual(full?.cells.get(voice));
        expect(row.statuses.get(voice)).toEqual(full?.statuses.get(voice));
      }
    }
    expect(window.some((r) => r.cells.size > 0)).toBe(true);
  });
});

describe('blockRange', () => {
  it('covers what is in view with whole blocks, never past the end', () => {
    expect(blockRange(23, 31, 20, 100)).toEqual({ start: 20, end: 40 });
    expect(blockRange(95, 99, 20, 100)).toEqual({ start: 80, end: 100 });
    // Across a block boundary: both blocks.
    expect(blockRange(18, 22, 20, 100)).toEqual({ start: 0, end: 40 });
    // Nothing in view yet (the last before the first) still asks for the first block.
    expect(blockRange(0, -1, 20, 100)).toEqual({ start: 0, end: 20 });
    expect(blockRange(0, 3, 20, 5)).toEqual({ start: 0, end: 5 });
  });
});
