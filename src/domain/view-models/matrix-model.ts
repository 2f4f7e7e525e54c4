// Measures × sources: the rows, columns and cells of the matrix, and how its columns split into printed pages.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import type { RowStatus } from '../chart-rows';
import { sourceName, type DatasetIndex } from '../lookups';
import { groupCellStatuses } from './cell-status';

/** The orders the matrix's rows can take. */
export const matrixSorts = ['contested', 'measure', 'sources'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

export interface MatrixModel {
  columns: { id: string; name: string; count: number }[];
  /** Each cell's figures and its mark (conflict, corroborated, compatible only, alone; null: not compared), by voice. */
  rows: { group: ComparisonGroup; cells: Map<string, ComparedClaim[]>; statuses: Map<string, RowStatus | null> }[];
}

export function buildMatrix(groups: ComparisonGroup[], index: DatasetIndex, sort: MatrixSort, q: string): MatrixModel {
  const needle = q.trim().toLowerCase();
  const kept = groups.filter((g) => needle === '' || g.label.toLowerCase().includes(needle) || g.unit.toLowerCase().includes(needle));
  const counts = new Map<string, number>();
  const rows = kept.map((group) => {
    const cells = new Map<string, ComparedClaim[]>();
    for (const entry of group.entries) {
      const list = cells.get(entry.voiceId) ?? [];
      list.push(entry);
      cells.set(entry.voiceId, list);
      counts.set(entry.voiceId, (counts.get(entry.voiceId) ?? 0) + 1);
    }
    return { group, cells, statuses: groupCellStatuses(group) };
  });
  if (sort === 'measure') rows.sort((a, b) => a.group.label.localeCompare(b.group.label));
  if (sort === 'sources') rows.sort((a, b) => b.group.voiceCount - a.group.voiceCount || a.group.label.localeCompare(b.group.label));
  // Sources with the most figures first, so the busiest columns sit beside the measure names.
  const columns = [...counts]
    .map(([id, count]) => ({ id, name: sourceName(index.sources, id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { columns, rows };
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
