// Measures × sources: the rows, columns and cells of the matrix, and how its columns split into printed pages.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import type { RowStatus } from '../chart-rows';
import { formatInterval } from '../format';
import { sourceName, type DatasetIndex } from '../lookups';
import { groupCellStatuses } from './cell-status';

/** The orders the matrix's rows can take. */
export const matrixSorts = ['contested', 'measure', 'sources'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

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
 * The matrix of `groups` (ranked, most contested first) under the search `q` and the order `sort`: every cell's figures
 * as it prints them, so the view needs no claim records.
 *
 * Worked example: two groups, "Air raids" with figures from sources a and b, "Deaths" with one from a; sort 'measure' →
 * rows "Air raids", "Deaths"; columns a (2 figures), b (1); figureCount 3.
 */
export function buildMatrix(groups: readonly ComparisonGroup[], index: DatasetIndex, sort: MatrixSort, q: string): MatrixModel {
  const counts = new Map<string, number>();
  let figureCount = 0;
  const rows = matrixGroups(groups, sort, q).map((group) => {
    const cells = new Map<string, CellFigure[]>();
    for (const entry of group.entries) {
      const list = cells.get(entry.voiceId) ?? [];
      list.push(cellFigure(entry, group.unit, index));
      cells.set(entry.voiceId, list);
      counts.set(entry.voiceId, (counts.get(entry.voiceId) ?? 0) + 1);
      figureCount += 1;
    }
    return { group: { id: group.id, label: group.label, unit: group.unit }, cells, statuses: groupCellStatuses(group) };
  });
  // Sources with the most figures first, so the busiest columns sit beside the measure names.
  const columns = [...counts]
    .map(([id, count]) => ({ id, name: sourceName(index.sources, id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { columns, rows, figureCount };
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
