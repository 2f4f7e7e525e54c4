import type { RowStatus } from '../../domain/chart-rows';
import { CELL_STATUS_TEXT } from '../../domain/view-models/cell-status';

const SYMBOL: Record<RowStatus, string> = { disjoint: '✕', overlap: '✓', compatible: '≈', alone: '–' };

/** A cell's mark in words with its symbol; the cell's class draws the same status as a coloured, patterned edge. */
export function CellMark({ status }: { status: RowStatus | null }) {
  if (status === null) return null;
  return (
    <span className={`cell-mark cell-mark-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {CELL_STATUS_TEXT[status]}
    </span>
  );
}

/** The class that draws a cell's status as an edge: hatched for a conflict, solid for corroborated, dotted for compatible only. */
export function cellClass(status: RowStatus | null | undefined): string | undefined {
  return status ? `cell-status cell-${status}` : undefined;
}
