// The matrix's table: the whole of a small matrix, or of a large one only the rows and columns in view, their cells
// asked for block by block.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { RowStatus } from '../../domain/chart-rows';
import type { CellFigure, MatrixColumn, MatrixGroup, MatrixRowModel } from '../../domain/view-models/matrix-model';
import { CellClaims, type CellClaimsProps } from './cell-claims';
import { CellMark, cellClass } from './cell-mark';

/** A row with its cells for the columns `columnStart` up to, not including, `columnEnd` (every column: 0 and Infinity). */
export type LoadedRow = MatrixRowModel & { columnStart: number; columnEnd: number };

/** The rows and columns in view: first and last row, first column and the one after the last. */
export interface InView {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  endColumn: number;
}

/**
 * One cell. Memoised, like the rows: its props are stable across scrolling (figures come from the model, the rest are
 * primitives), so a scroll renders only the cells that enter the window.
 */
const Cell = memo(function Cell({
  figures,
  colIndex,
  status,
  loading,
  ...rest
}: Omit<CellClaimsProps, 'figures'> & {
  figures: CellFigure[] | undefined;
  colIndex: number;
  status: RowStatus | null;
  /** Its figures are still on their way: neither "no figure" nor a figure yet. */
  loading: boolean;
}) {
  if (loading) {
    return (
      <td aria-colindex={colIndex} aria-busy="true" className="loading-cell">
        <span className="muted">Loading…</span>
      </td>
    );
  }
  if (!figures) return <td className="empty-cell" aria-label="no figure" aria-colindex={colIndex} />;
  return (
    <td aria-colindex={colIndex} className={cellClass(status)}>
      <CellClaims figures={figures} mark={<CellMark status={status} />} {...rest} />
    </td>
  );
});

/** The columns in the window: `columns[start]` up to, not including, `columns[end]`. */
interface ColumnWindow {
  columns: MatrixColumn[];
  start: number;
  end: number;
  /** Blank cells stand for the columns left and right of the window. */
  padLeft: boolean;
  padRight: boolean;
}

/**
 * One measure's row. Memoised on primitives and model objects, so scrolling down renders only the rows that enter the
 * window, and scrolling sideways re-renders the rows but only the cells that enter.
 */
const MatrixRow = memo(function MatrixRow({
  group,
  row,
  position,
  start,
  end,
  columns,
  padLeft,
  padRight,
  search,
  limit,
  measure,
}: ColumnWindow & {
  group: MatrixGroup;
  /** The row's cells; null while they are on their way. */
  row: LoadedRow | null;
  /** The row's place in the matrix, from 0. */
  position: number;
  search: string;
  limit: number;
  /** Tells the row window this row's height (rows differ: a cell shows up to `limit` figures). */
  measure: ((el: HTMLTableRowElement | null) => void) | undefined;
}) {
  const cellsInView: ReactNode[] = [];
  for (let c = start; c < end; c++) {
    const column = columns[c];
    if (!column) continue;
    const loading = !row || c < row.columnStart || c >= row.columnEnd;
    cellsInView.push(
      <Cell
        key={column.id}
        figures={row?.cells.get(column.id)}
        status={row?.statuses.get(column.id) ?? null}
        loading={loading}
        search={search}
        groupId={group.id}
        limit={limit}
        colIndex={c + 2}
      />,
    );
  }
  return (
    <tr ref={measure} data-index={position} aria-rowindex={position + 2}>
      <th scope="row" aria-colindex={1}>
        <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>{' '}
        <span className="muted">({group.unit})</span>
      </th>
      {padLeft && <td aria-hidden="true" />}
      {cellsInView}
      {padRight && <td aria-hidden="true" />}
    </tr>
  );
});

/** The header row; memoised so that scrolling down does not render it again. */
const MatrixHeaderRow = memo(function MatrixHeaderRow({
  columns,
  start,
  end,
  left,
  right,
  header,
}: {
  columns: MatrixColumn[];
  start: number;
  end: number;
  /** Widths of the blank header cells that stand for the columns outside the window. */
  left: number;
  right: number;
  header: (column: MatrixColumn) => ReactNode;
}) {
  const headers: ReactNode[] = [];
  for (let c = start; c < end; c++) {
    const column = columns[c];
    if (!column) continue;
    headers.push(
      <th scope="col" key={column.id} aria-colindex={c + 2}>
        {header(column)}
      </th>,
    );
  }
  return (
    <tr aria-rowindex={1}>
      <th scope="col" aria-colindex={1}>
        Measure
      </th>
      {left > 0 && <th aria-hidden="true" style={{ width: left, minWidth: left, padding: 0 }} />}
      {headers}
      {right > 0 && <th aria-hidden="true" style={{ width: right, minWidth: right, padding: 0 }} />}
    </tr>
  );
});

const COLUMN_WIDTH = 176;
/** A first guess at a row's height, before the row is drawn and measured: two figures per cell and an "and N more" link. */
export const ROW_HEIGHT_ESTIMATE = 210;
/** A windowed matrix's cells show at most this many figures, so that rows keep similar heights. */
export const WINDOWED_CELL_LIMIT = 2;

export interface MatrixTableProps {
  columns: MatrixColumn[];
  /** Every row's measure, in the matrix's order. */
  groups: MatrixGroup[];
  /** Row `i` with its cells; null while they are on their way. */
  rowAt: (i: number) => LoadedRow | null;
  /** Draw only the rows and columns in view (a large matrix), or everything (a small one, which prints whole). */
  windowed: boolean;
  /** Told which rows and columns are in view, whenever that changes (windowed only). */
  onInView?: (view: InView) => void;
  search: string;
  header: (column: MatrixColumn) => ReactNode;
}

export function MatrixTable({ columns, groups, rowAt, windowed, onInView, search, header }: MatrixTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // Measured heights are kept by measure, so they stay right when sorting or a search reorders the rows.
  const rowKey = useCallback((i: number) => groups[i]?.id ?? i, [groups]);
  // The app is not built with the React Compiler, so the virtualizers' unmemoisable API is safe here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowWindow = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    getItemKey: rowKey,
    overscan: 2,
    enabled: windowed,
    initialRect: { width: 1200, height: 800 },
  });
  const columnWindow = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    enabled: windowed,
    initialRect: { width: 1200, height: 800 },
  });
  const rowItems = windowed ? rowWindow.getVirtualItems() : null;
  const columnItems = windowed ? columnWindow.getVirtualItems() : null;
  const firstRow = rowItems ? (rowItems[0]?.index ?? 0) : 0;
  const lastRow = rowItems ? (rowItems.at(-1)?.index ?? -1) : groups.length - 1;
  const firstColumn = columnItems ? (columnItems[0]?.index ?? 0) : 0;
  const endColumn = columnItems ? (columnItems.at(-1)?.index ?? -1) + 1 : columns.length;
  useEffect(() => {
    if (windowed) onInView?.({ firstRow, lastRow, firstColumn, endColumn });
  }, [windowed, onInView, firstRow, lastRow, firstColumn, endColumn]);
  const top = rowItems ? (rowItems[0]?.start ?? 0) : 0;
  const bottom = rowItems ? rowWindow.getTotalSize() - (rowItems.at(-1)?.end ?? 0) : 0;
  const left = columnItems ? (columnItems[0]?.start ?? 0) : 0;
  const right = columnItems ? columnWindow.getTotalSize() - (columnItems.at(-1)?.end ?? 0) : 0;
  const span = endColumn - firstColumn + 1 + (left > 0 ? 1 : 0) + (right > 0 ? 1 : 0);
  const limit = windowed ? WINDOWED_CELL_LIMIT : Infinity;
  const measure = windowed ? rowWindow.measureElement : undefined;
  const rows: ReactNode[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const group = groups[r];
    if (!group) continue;
    rows.push(
      <MatrixRow
        key={group.id}
        group={group}
        row={rowAt(r)}
        position={r}
        columns={columns}
        start={firstColumn}
        end={endColumn}
        padLeft={left > 0}
        padRight={right > 0}
        search={search}
        limit={limit}
        measure={measure}
      />,
    );
  }
  return (
    <div
      ref={scrollRef}
      className={`table-wrap matrix${windowed ? ' matrix-windowed' : ''}`}
      tabIndex={0}
      role="region"
      aria-label="Matrix of measures and sources"
    >
      <table aria-rowcount={groups.length + 1} aria-colcount={columns.length + 1}>
        <caption className="visually-hidden">
          Each cell: how the source’s figures stand against the others (conflict, corroborated, compatible only or alone), then each figure
          as written, on the measure’s common footing, and the date stated.
        </caption>
        <thead>
          <MatrixHeaderRow columns={columns} start={firstColumn} end={endColumn} left={left} right={right} header={header} />
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          )}
          {rows}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={span} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
