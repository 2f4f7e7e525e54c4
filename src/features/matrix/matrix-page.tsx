import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { DownloadCsvButton } from '../../shared/ui/export-csv-button';
import { ReliabilityBadge } from '../../shared/ui/grade-badge';
import { EmptyState, QueryState } from '../../shared/ui/query-state';
import { useElementWidth } from '../../shared/hooks/use-element-width';
import { useMediaQuery, usePrinting } from '../../shared/hooks/use-media';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { useGrades } from '../../api/grades';
import { useMatrixColumnStart, useMatrixState, type MatrixSort } from '../../api/url-state';
import { useMatrixCsv, useMatrixSlice } from '../../api/use-dataset-slice';
import type { RowStatus } from '../../domain/chart-rows';
import { CellClaims, type CellClaimsProps } from './cell-claims';
import { CellMark, cellClass } from './cell-mark';
import { MatrixCards, MatrixPrint } from './matrix-alternates';
import {
  columnPage,
  columnsThatFit,
  type CellFigure,
  type MatrixColumn,
  type MatrixModel,
  type MatrixRowModel,
} from '../../domain/view-models/matrix-model';

/**
 * One cell. Memoised, like the rows: its props are stable across scrolling (figures come from the model, the rest are
 * primitives), so a scroll renders only the cells that enter the window.
 */
const Cell = memo(function Cell({
  figures,
  colIndex,
  status,
  ...rest
}: Omit<CellClaimsProps, 'figures'> & { figures: CellFigure[] | undefined; colIndex: number; status: RowStatus | null }) {
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
  row: MatrixRowModel;
  /** The row's place in the model, from 0. */
  position: number;
  search: string;
  limit: number;
  /** Tells the row window this row's height (rows differ: a cell shows up to `limit` figures). */
  measure: ((el: HTMLTableRowElement | null) => void) | undefined;
}) {
  const { group, cells } = row;
  const cellsInView: ReactNode[] = [];
  for (let c = start; c < end; c++) {
    const column = columns[c];
    if (!column) continue;
    cellsInView.push(
      <Cell
        key={column.id}
        figures={cells.get(column.id)}
        status={row.statuses.get(column.id) ?? null}
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

/** Above these sizes the matrix renders only what is in view; below them it is a plain table that prints whole. */
export const WINDOW_ROWS = 60;
const WINDOW_COLUMNS = 24;
const COLUMN_WIDTH = 176;

/** Whether the matrix is too large to draw whole, and only the part in view is drawn. */
function isWindowed(model: MatrixModel): boolean {
  return model.rows.length > WINDOW_ROWS || model.columns.length > WINDOW_COLUMNS;
}
/** A first guess at a row's height, before the row is drawn and measured: two figures per cell and an "and N more" link. */
const ROW_HEIGHT_ESTIMATE = 210;

function MatrixTable({ model, search, header }: { model: MatrixModel; search: string; header: (column: MatrixColumn) => ReactNode }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = isWindowed(model);
  // Measured heights are kept by measure, so they stay right when sorting or a search reorders the rows.
  const rowKey = useCallback((i: number) => model.rows[i]?.group.id ?? i, [model.rows]);
  // The app is not built with the React Compiler, so the virtualizers' unmemoisable API is safe here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rowWindow = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    getItemKey: rowKey,
    overscan: 2,
    enabled: windowed,
    initialRect: { width: 1200, height: 800 },
  });
  const columnWindow = useVirtualizer({
    horizontal: true,
    count: model.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 2,
    enabled: windowed,
    initialRect: { width: 1200, height: 800 },
  });
  const rowItems = windowed ? rowWindow.getVirtualItems() : null;
  const columnItems = windowed ? columnWindow.getVirtualItems() : null;
  const firstRow = rowItems ? (rowItems[0]?.index ?? 0) : 0;
  const lastRow = rowItems ? (rowItems.at(-1)?.index ?? -1) : model.rows.length - 1;
  const firstColumn = columnItems ? (columnItems[0]?.index ?? 0) : 0;
  const endColumn = columnItems ? (columnItems.at(-1)?.index ?? -1) + 1 : model.columns.length;
  const top = rowItems ? (rowItems[0]?.start ?? 0) : 0;
  const bottom = rowItems ? rowWindow.getTotalSize() - (rowItems.at(-1)?.end ?? 0) : 0;
  const left = columnItems ? (columnItems[0]?.start ?? 0) : 0;
  const right = columnItems ? columnWindow.getTotalSize() - (columnItems.at(-1)?.end ?? 0) : 0;
  const span = endColumn - firstColumn + 1 + (left > 0 ? 1 : 0) + (right > 0 ? 1 : 0);
  const limit = windowed ? WINDOWED_CELL_LIMIT : Infinity;
  const measure = windowed ? rowWindow.measureElement : undefined;
  const rows: ReactNode[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = model.rows[r];
    if (!row) continue;
    rows.push(
      <MatrixRow
        key={row.group.id}
        row={row}
        position={r}
        columns={model.columns}
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
    <>
      {windowed && (
        <p className="chart-note">
          {model.rows.length.toLocaleString('en-GB')} measures × {model.columns.length.toLocaleString('en-GB')} sources: only the part in
          view is drawn, and cells show up to {WINDOWED_CELL_LIMIT} figures. Filter or search to print a smaller matrix whole.
        </p>
      )}
      <div
        ref={scrollRef}
        className={`table-wrap matrix${windowed ? ' matrix-windowed' : ''}`}
        tabIndex={0}
        role="region"
        aria-label="Matrix of measures and sources"
      >
        <table aria-rowcount={model.rows.length + 1} aria-colcount={model.columns.length + 1}>
          <caption className="visually-hidden">
            Each cell: how the source’s figures stand against the others (conflict, corroborated, compatible only or alone), then each
            figure as written, on the measure’s common footing, and the date stated.
          </caption>
          <thead>
            <MatrixHeaderRow columns={model.columns} start={firstColumn} end={endColumn} left={left} right={right} header={header} />
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
    </>
  );
}

const WINDOWED_CELL_LIMIT = 2;

/** Widths in rem of the measure column and, at least, of a source column (the CSS sets the same). */
const MEASURE_COLUMN_REM = 17;
const MIN_SOURCE_COLUMN_REM = 8;

type TableProps = { model: MatrixModel; search: string; header: (column: MatrixColumn) => ReactNode };

/** The matrix drawn whole, with as many source columns as fit the width (busiest first) and buttons for the rest: the page
 * never scrolls sideways, so the header row can stay put against the page. */
function PagedMatrix({ model, ...rest }: TableProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const [from, setFrom] = useMatrixColumnStart();
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const perPage = width > 0 ? columnsThatFit(width, MEASURE_COLUMN_REM * rem, MIN_SOURCE_COLUMN_REM * rem) : model.columns.length;
  const { shown, start } = columnPage(model.columns, from, perPage);
  const total = model.columns.length;
  return (
    <div ref={ref}>
      {shown.length < total && (
        <div className="column-pager" role="group" aria-label="Source columns">
          <p>
            Sources {start + 1}–{start + shown.length} of {total}, those with the most figures first. The others do not fit this width:
          </p>
          <button type="button" className="secondary" disabled={start === 0} onClick={() => void setFrom(Math.max(1, start + 1 - perPage))}>
            ← Previous sources
          </button>
          <button
            type="button"
            className="secondary"
            disabled={start + shown.length >= total}
            onClick={() => void setFrom(start + 1 + perPage)}
          >
            Next sources →
          </button>
        </div>
      )}
      <MatrixTable model={shown.length < total ? { ...model, columns: shown } : model} {...rest} />
    </div>
  );
}

/** Measures × sources in one table: the side-by-side view analysts and teachers print. */
export function MatrixPage() {
  const { search } = useLocation();
  const [{ sort, q }, setState] = useMatrixState();
  const { query, progress } = useMatrixSlice(sort, q);
  const { sourceGrades, claimGrades } = useGrades();
  const phone = useMediaQuery('(max-width: 600px)');
  const printing = usePrinting();
  useDocumentTitle('Matrix: every measure against every source');
  const model = query.data?.model ?? null;
  // The CSV is made in the worker, where the records are: the page holds only what the table shows.
  const makeCsv = useMatrixCsv(sort, q);
  return (
    <>
      <h1>Matrix: every measure against every source</h1>
      <div className="toolbar">
        <label>
          Sort measures by{' '}
          <select value={sort} onChange={(e) => void setState({ sort: e.target.value as MatrixSort })}>
            <option value="contested">most contested first</option>
            <option value="measure">name, A–Z</option>
            <option value="sources">number of sources</option>
          </select>
        </label>
        <label>
          Find a measure <input type="search" value={q} onChange={(e) => void setState({ q: e.target.value })} />
        </label>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
        <DownloadCsvButton
          count={model?.figureCount ?? 0}
          make={() => makeCsv({ sources: sourceGrades, claims: claimGrades })}
          fileName="corroborate-matrix.csv"
        />
      </div>
      <p className="chart-note">
        Each cell first says how the source’s figures stand against the other sources: ✕ Conflict (hatched edge), ✓ Corroborated (solid
        edge), ≈ Compatible only, overlapping only open or vague figures (dotted edge), – Alone (no other source).
      </p>
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!model) return null;
          if (model.rows.length === 0) {
            return (
              <EmptyState title="No measure matches">
                <p>Clear the search or the filters to see the matrix.</p>
              </EmptyState>
            );
          }
          const header = (c: MatrixColumn) => (
            <>
              {c.name}
              <ReliabilityBadge stored={sourceGrades.get(c.id)} />
            </>
          );
          // A matrix small enough to draw whole prints in tables of a few sources each, and is a list of cards on a phone.
          if (!isWindowed(model) && printing) return <MatrixPrint model={model} search={search} header={header} />;
          if (!isWindowed(model) && phone) return <MatrixCards model={model} search={search} />;
          if (!isWindowed(model)) return <PagedMatrix model={model} search={search} header={header} />;
          return <MatrixTable model={model} search={search} header={header} />;
        }}
      </QueryState>
    </>
  );
}
