import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { DownloadCsvButton } from '../../shared/ui/export-csv-button';
import { ReliabilityBadge } from '../../shared/ui/grade-badge';
import { EmptyState, QueryError, QueryState } from '../../shared/ui/query-state';
import { useElementWidth } from '../../shared/hooks/use-element-width';
import { useMediaQuery, usePrinting } from '../../shared/hooks/use-media';
import { useDocumentTitle } from '../../shared/hooks/use-document-title';
import { useGrades } from '../../api/grades';
import { useMatrixColumnStart, useMatrixState, type MatrixSort } from '../../api/url-state';
import { useMatrixCsv, useMatrixSlice, useMatrixWindow } from '../../api/use-dataset-slice';
import type { MatrixSlice } from '../../api/dataset';
import {
  blockRange,
  columnPage,
  columnsThatFit,
  MATRIX_COLUMN_BLOCK,
  MATRIX_ROW_BLOCK,
  type MatrixColumn,
  type MatrixModel,
} from '../../domain/view-models/matrix-model';
import { MatrixCards, MatrixPrint } from './matrix-alternates';
import { MatrixTable, WINDOWED_CELL_LIMIT, type InView, type LoadedRow } from './matrix-table';

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
  const groups = useMemo(() => model.rows.map((r) => r.group), [model.rows]);
  const loaded = useMemo(() => model.rows.map((r) => ({ ...r, columnStart: 0, columnEnd: Infinity })), [model.rows]);
  const rowAt = useCallback((i: number) => loaded[i] ?? null, [loaded]);
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
      <MatrixTable columns={shown} groups={groups} rowAt={rowAt} windowed={false} {...rest} />
    </div>
  );
}

/** A large matrix: every measure and source, with the cells of the rows and columns in view asked for block by block, so
 * the page never holds the whole matrix. */
function WindowedMatrix({ slice, search, header }: { slice: MatrixSlice; search: string; header: (column: MatrixColumn) => ReactNode }) {
  const { frame } = slice;
  const [view, setView] = useState({
    rows: blockRange(0, 0, MATRIX_ROW_BLOCK, frame.groups.length),
    columns: blockRange(0, 0, MATRIX_COLUMN_BLOCK, frame.columns.length),
  });
  const onInView = useCallback(
    ({ firstRow, lastRow, firstColumn, endColumn }: InView) => {
      const rows = blockRange(firstRow, lastRow, MATRIX_ROW_BLOCK, frame.groups.length);
      const columns = blockRange(firstColumn, endColumn - 1, MATRIX_COLUMN_BLOCK, frame.columns.length);
      // Only a new block is a new question: the same one keeps its state, and the table its rows.
      setView((old) =>
        old.rows.start === rows.start && old.rows.end === rows.end && old.columns.start === columns.start && old.columns.end === columns.end
          ? old
          : { rows, columns },
      );
    },
    [frame.groups.length, frame.columns.length],
  );
  // The first screen's cells came with the matrix: a view within them asks for nothing.
  const first = slice.firstScreen;
  const inFirst = first !== null && view.rows.end <= first.rowStart + first.rows.length && view.columns.end <= first.columnEnd;
  const cells = useMatrixWindow(slice.asked, view.rows, view.columns, !inFirst);
  const data = inFirst ? first : cells.data;
  const loaded = useMemo(
    () => data?.rows.map((row): LoadedRow => ({ ...row, columnStart: data.columnStart, columnEnd: data.columnEnd })) ?? [],
    [data],
  );
  const rowStart = data?.rowStart ?? 0;
  const rowAt = useCallback((i: number) => loaded[i - rowStart] ?? null, [loaded, rowStart]);
  return (
    <>
      <p className="chart-note">
        {frame.groups.length.toLocaleString('en-GB')} measures × {frame.columns.length.toLocaleString('en-GB')} sources: only the part in
        view is drawn, and cells show up to {WINDOWED_CELL_LIMIT} figures. Filter or search to print a smaller matrix whole.
      </p>
      {cells.isError && <QueryError query={cells} what="these cells of the matrix" />}
      <MatrixTable
        columns={frame.columns}
        groups={frame.groups}
        rowAt={rowAt}
        windowed
        onInView={onInView}
        search={search}
        header={header}
      />
    </>
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
  const slice = query.data ?? null;
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
          count={slice?.frame.figureCount ?? 0}
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
          if (!slice) return null;
          const { frame } = slice;
          if (frame.groups.length === 0) {
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
          if (!slice.rows) return <WindowedMatrix slice={slice} search={search} header={header} />;
          const model: MatrixModel = { columns: frame.columns, rows: slice.rows, figureCount: frame.figureCount };
          // A matrix small enough to draw whole prints in tables of a few sources each, and is a list of cards on a phone.
          if (printing) return <MatrixPrint model={model} search={search} header={header} />;
          if (phone) return <MatrixCards model={model} search={search} />;
          return <PagedMatrix model={model} search={search} header={header} />;
        }}
      </QueryState>
    </>
  );
}
