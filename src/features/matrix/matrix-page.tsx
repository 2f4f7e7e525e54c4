import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ExportCsvButton } from '../../components/export-csv-button';
import { ReliabilityBadge } from '../../components/grade-badge';
import { EmptyState, QueryState } from '../../components/query-state';
import type { ComparedClaim, ComparisonGroup } from '../../domain/analysis-types';
import { formatInterval } from '../../domain/format';
import { indexDataset, sourceName, type DatasetIndex } from '../../domain/lookups';
import { useGrades } from '../../lib/grades';
import { useMatrixState, type MatrixSort } from '../../lib/url-state';
import { useFilteredAnalysis } from '../../lib/use-analysis';

interface MatrixModel {
  columns: { id: string; name: string; count: number }[];
  rows: { group: ComparisonGroup; cells: Map<string, ComparedClaim[]> }[];
}

function buildMatrix(groups: ComparisonGroup[], index: DatasetIndex, sort: MatrixSort, q: string): MatrixModel {
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
    return { group, cells };
  });
  if (sort === 'measure') rows.sort((a, b) => a.group.label.localeCompare(b.group.label));
  if (sort === 'sources') rows.sort((a, b) => b.group.voiceCount - a.group.voiceCount || a.group.label.localeCompare(b.group.label));
  // Sources with the most figures first, so the busiest columns sit beside the measure names.
  const columns = [...counts]
    .map(([id, count]) => ({ id, name: sourceName(index, id), count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { columns, rows };
}

type MatrixColumn = MatrixModel['columns'][number];
type MatrixRowModel = MatrixModel['rows'][number];

/**
 * One cell. Memoised, like the rows: its props are stable across scrolling (entries come from the model, the rest are
 * primitives or the dataset index), so a scroll renders only the cells that enter the window.
 */
const Cell = memo(function Cell({
  entries,
  unit,
  index,
  search,
  groupId,
  limit,
  colIndex,
}: {
  entries: ComparedClaim[] | undefined;
  unit: string;
  index: DatasetIndex;
  search: string;
  groupId: string;
  /** At most this many figures in a cell (windowed tables need rows of similar height); the rest are a link away. */
  limit: number;
  colIndex: number;
}) {
  if (!entries) return <td className="empty-cell" aria-label="no figure" aria-colindex={colIndex} />;
  const hidden = entries.length - limit;
  return (
    <td aria-colindex={colIndex}>
      {entries.slice(0, limit).map((entry) => {
        const claim = index.claims.get(entry.claimId);
        if (!claim) return null;
        return (
          <div key={entry.claimId} className="cell-claim">
            <Link to={{ pathname: `/claims/${encodeURIComponent(entry.claimId)}`, search }}>
              <strong>{claim.value.asWritten}</strong>
            </Link>
            <div>{entry.cannotNormalise ? 'not on this footing' : formatInterval(entry.interval, unit)}</div>
            <div className="muted">
              {claim.statedOn ?? 'undated'}
              {claim.statedOnInferred && ' (inferred)'}
            </div>
          </div>
        );
      })}
      {hidden > 0 && (
        <Link to={{ pathname: `/compare/${encodeURIComponent(groupId)}`, search }} className="cell-more">
          and {hidden} more
        </Link>
      )}
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
  index,
  search,
  limit,
  measure,
}: ColumnWindow & {
  row: MatrixRowModel;
  /** The row's place in the model, from 0. */
  position: number;
  index: DatasetIndex;
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
        entries={cells.get(column.id)}
        unit={group.unit}
        index={index}
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
        <Link to={{ pathname: `/compare/${encodeURIComponent(group.id)}`, search }}>{group.label}</Link>
        <div className="muted">{group.unit}</div>
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
export const WINDOW_COLUMNS = 24;
const COLUMN_WIDTH = 176;
/** A first guess at a row's height, before the row is drawn and measured: two figures per cell and an "and N more" link. */
const ROW_HEIGHT_ESTIMATE = 210;

function MatrixTable({
  model,
  index,
  search,
  header,
}: {
  model: MatrixModel;
  index: DatasetIndex;
  search: string;
  header: (column: MatrixColumn) => ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = model.rows.length > WINDOW_ROWS || model.columns.length > WINDOW_COLUMNS;
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
        index={index}
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
            Each cell: the figure as written, on the measure’s common footing, and the date stated.
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

/** Measures × sources in one table: the side-by-side view analysts and teachers print. */
export function MatrixPage() {
  const { query, filtered, progress } = useFilteredAnalysis();
  const { search } = useLocation();
  const [{ sort, q }, setState] = useMatrixState();
  const { sourceGrades } = useGrades();
  const index = useMemo(() => (filtered ? indexDataset(filtered.dataset) : null), [filtered]);
  const model = useMemo(
    () => (filtered && index ? buildMatrix(filtered.analysis.groups, index, sort, q) : null),
    [filtered, index, sort, q],
  );
  // The claims the table shows: those passing the filters, on the measures the search keeps.
  const shownClaims = useMemo(() => {
    if (!model || !index) return undefined;
    const ids = new Set(model.rows.flatMap(({ group }) => group.entries.map((e) => e.claimId)));
    return [...ids].map((id) => index.claims.get(id)).filter((c) => c !== undefined);
  }, [model, index]);
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
        <ExportCsvButton claims={shownClaims} dataset={filtered?.dataset} fileName="corroborate-matrix.csv" />
      </div>
      <QueryState query={query} what="the dataset" progress={progress}>
        {() => {
          if (!model || !index) return null;
          if (model.rows.length === 0) {
            return (
              <EmptyState title="No measure matches">
                <p>Clear the search or the filters to see the matrix.</p>
              </EmptyState>
            );
          }
          return (
            <MatrixTable
              model={model}
              index={index}
              search={search}
              header={(c) => (
                <>
                  {c.name}
                  <ReliabilityBadge stored={sourceGrades.get(c.id)} />
                </>
              )}
            />
          );
        }}
      </QueryState>
    </>
  );
}
