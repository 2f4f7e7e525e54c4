// Measures × sources: the rows, columns and cells of the matrix, and how its columns split into printed pages.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import type { RowStatus } from '../chart-rows';
import { formatInterval } from '../format';
import { sourceName, type DatasetIndex } from '../lookups';
import { groupCellStatuses } from './cell-status';
import type { MatrixSort } from './matrix-sort';

export type { MatrixSort };

/** One figure in a cell, as the cell prints it: the words, the figure on the row's footing, the date stated. */
export interface CellFigure {
  claimId: string;
  asWritten: string;
  /** The figure on the measure's common footing; null when it cannot be put on it. */
  footing: string | null;
  statedOn: string | null;
  statedOnInferred: boolean;
}

/** What a row shows of its comparison group: the matrix needs no entries, pairs or evidence, only these. */
export interface MatrixGroup {
  id: string;
  label: string;
  unit: string;
}

export interface MatrixModel {
  columns: { id: string; name: string; count: number }[];
  /** Each cell's figures and its mark (conflict, corroborated, compatible only, alone; null: not compared), by voice. */
  rows: { group: MatrixGroup; cells: Map<string, CellFigure[]>; statuses: Map<string, RowStatus | null> }[];
  /** How many figures the matrix holds in all (what its CSV export has). */
  figureCount: number;
}

/** The matrix without its cells: its measures in order and its columns, all a view needs before it asks for the cells in
 * view. */
export interface MatrixFrame {
  groups: MatrixGroup[];
  columns: MatrixModel['columns'];
  figureCount: number;
}

/** Above these sizes a view draws only the part of the matrix in view, and asks only for its cells; below them it draws
 * and prints the matrix whole. */
export const WINDOW_ROWS = 60;
export const WINDOW_COLUMNS = 24;

/** Whether a matrix of `rows` measures and `columns` sources is too large to draw whole. */
export function isWindowed(rows: number, columns: number): boolean {
  return rows > WINDOW_ROWS || columns > WINDOW_COLUMNS;
}

/** The groups the matrix shows, in its order: those whose measure or unit contains the search `q`, sorted by `sort`. */
export function matrixGroups<G extends ComparisonGroup>(groups: readonly G[], sort: MatrixSort, q: string): G[] {
  const needle = q.trim().toLowerCase();
  const kept = groups.filter((g) => needle === '' || g.label.toLowerCase().includes(needle) || g.unit.toLowerCase().includes(needle));
  if (sort === 'measure') kept.sort((a, b) => a.label.localeCompare(b.label));
  if (sort === 'sources') kept.sort((a, b) => b.voiceCount - a.voiceCount || a.label.localeCompare(b.label));
  return kept;
}

function cellFigure(entry: ComparedClaim, unit: string, index: DatasetIndex): CellFigure {
  const claim = index.claims.get(entry.claimId);
  return {
    claimId: entry.claimId,
    asWritten: claim?.value.asWritten ?? entry.claimId,
    footing: entry.cannotNormalise ? null : formatInterval(entry.interval, unit),
    statedOn: claim?.statedOn ?? null,
    statedOnInferred: claim?.statedOnInferred ?? false,
  };
}

/**
 * The frame of the matrix of `ordered` (the groups it shows, in its order, as matrixGroups gives them): each row's
 * measure, and the columns, sources with the most figures first.
 *
 * Worked example: "Air raids" with two figures from source a and one from b, "Deaths" with one from a → rows "Air raids",
 * "Deaths"; columns a (3 figures), b (1); figureCount 4.
 */
export function matrixFrame(ordered: readonly ComparisonGroup[], index: DatasetIndex): MatrixFrame {
  const counts = new Map<string, number>();
  let figureCount = 0;
  for (const group of ordered) {
    for (const entry of group.entries) counts.set(entry.voiceId, (counts.get(entry.voiceId) ?? 0) + 1);
    figureCount += group.entries.length;
  }
  // Sources with the most figures first, so the busiest columns sit beside the measure names.
  const columns = [...counts]
    .map(([id, count]) => ({ id, name: sourceName(index.sources, id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { groups: ordered.map((g) => ({ id: g.id, label: g.label, unit: g.unit })), columns, figureCount };
}

/** The rows of `ordered` with their cells: every source's (`voices` null) or only those of the sources `voices`, the
 * columns in view. */
export function matrixRows(
  ordered: readonly ComparisonGroup[],
  index: DatasetIndex,
  voices: ReadonlySet<string> | null,
): MatrixModel['rows'] {
  return ordered.map((group) => {
    const cells = new Map<string, CellFigure[]>();
    for (const entry of group.entries) {
      if (voices && !voices.has(entry.voiceId)) continue;
      const list = cells.get(entry.voiceId) ?? [];
      list.push(cellFigure(entry, group.unit, index));
      cells.set(entry.voiceId, list);
    }
    const statuses = groupCellStatuses(group);
    if (voices) for (const voice of statuses.keys()) if (!voices.has(voice)) statuses.delete(voice);
    return { group: { id: group.id, label: group.label, unit: group.unit }, cells, statuses };
  });
}

/**
 * The whole matrix of `groups` (ranked, most contested first) under the search `q` and the order `sort`: every cell's
 * figures as it prints them, so the view needs no claim records.
 *
 * Worked example: two groups, "Air raids" with figures from sources a and b, "Deaths" with one from a; sort 'measure' →
 * rows "Air raids", "Deaths"; columns a (2 figures), b (1); figureCount 3.
 */
export function buildMatrix(groups: readonly ComparisonGroup[], index: DatasetIndex, sort: MatrixSort, q: string): MatrixModel {
  const ordered = matrixGroups(groups, sort, q);
  const { columns, figureCount } = matrixFrame(ordered, index);
  return { columns, rows: matrixRows(ordered, index, null), figureCount };
}

/** A large matrix's rows and columns are asked for in blocks of this many: scrolling within a block asks for nothing new. */
export const MATRIX_ROW_BLOCK = 20;
export const MATRIX_COLUMN_BLOCK = 12;

/**
 * The blocks a first screen of a large matrix shows (two of rows, three of columns: a wide screen's), cut to its size:
 * their cells come with the matrix's answer, so its first screen needs no second question.
 * @example firstScreen(1000, 30) // { rows: { start: 0, end: 40 }, columns: { start: 0, end: 30 } }
 */
export function firstScreen(
  rowCount: number,
  columnCount: number,
): { rows: { start: number; end: number }; columns: { start: number; end: number } } {
  return {
    rows: { start: 0, end: Math.min(rowCount, 2 * MATRIX_ROW_BLOCK) },
    columns: { start: 0, end: Math.min(columnCount, 3 * MATRIX_COLUMN_BLOCK) },
  };
}

/**
 * The block-aligned range [start, end) that covers the items `first` to `last` of `count`, in blocks of `size`: a view
 * scrolling within one block asks for nothing new.
 *
 * Worked example: items 23 to 31 of 100 in blocks of 20 → [20, 40); items 95 to 99 → [80, 100).
 */
export function blockRange(first: number, last: number, size: number, count: number): { start: number; end: number } {
  const start = Math.max(0, Math.floor(first / size) * size);
  const end = Math.min(count, (Math.floor(Math.max(first, last) / size) + 1) * size);
  return { start, end: Math.max(start, end) };
}

export type MatrixColumn = MatrixModel['columns'][number];
export type MatrixRowModel = MatrixModel['rows'][number];

/** Splits the columns into runs of at most `size`, for tables narrow enough for paper; every column is in one run. */
export function chunkColumns<T>(columns: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < columns.length; i += Math.max(1, size)) chunks.push(columns.slice(i, i + Math.max(1, size)));
  return chunks;
}

/** How many source columns fit beside the measure column in `available` pixels, each at least `minColumn` wide (at least one). */
export function columnsThatFit(available: number, measureColumn: number, minColumn: number): number {
  return Math.max(1, Math.floor((available - measureColumn) / minColumn));
}

/** The run of `perPage` columns starting at `from` (1-based), moved back so that the last run is full; and where it starts. */
export function columnPage<T>(columns: readonly T[], from: number, perPage: number): { shown: T[]; start: number } {
  const start = Math.max(0, Math.min(Math.floor(from) - 1, columns.length - perPage));
  return { shown: columns.slice(start, start + perPage), start };
}
