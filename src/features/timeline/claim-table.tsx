// "Every claim in date order": the timeline's table. Only the rows in view are drawn, and they are asked for a block at a
// time as the table scrolls, so the page never holds 200,000 rows.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTimelineRows } from '../../api/use-dataset-slice';
import { blockRange } from '../../domain/view-models/matrix-model';
import { TIMELINE_ROW_BLOCK, type TimelineRowsWindow } from '../../domain/view-models/timeline-view';
import { useVirtualRows } from '../../shared/hooks/use-virtual-rows';
import { usePrinting } from '../../shared/hooks/use-media';
import { formatNumber } from '../../domain/format';
import { QueryState } from '../../shared/ui/query-state';

/** The table's first block of rows: the page asks for it as it opens, with the charts. */
export const FIRST_ROWS = { start: 0, end: TIMELINE_ROW_BLOCK };

/** Every claim under the filters in date order, asked apart from the charts (it is the large part, and does not change
 * when the changes of control arrive). */
export function ClaimTable({ search }: { search: string }) {
  const [block, setBlock] = useState(FIRST_ROWS);
  const { query, progress } = useTimelineRows(block);
  const onInView = useCallback((first: number, last: number) => {
    // Block ends are not cut to the table's length, so the first question is the same whatever the table's size.
    const next = blockRange(first, last, TIMELINE_ROW_BLOCK, Number.POSITIVE_INFINITY);
    setBlock((old) => (old.start === next.start && old.end === next.end ? old : next));
  }, []);
  return (
    <QueryState query={query} what="the claims in date order" progress={progress}>
      {(table) => <ClaimRows table={table} search={search} onInView={onInView} />}
    </QueryState>
  );
}

function ClaimRows({
  table,
  search,
  onInView,
}: {
  table: TimelineRowsWindow;
  search: string;
  onInView: (first: number, last: number) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // On paper the table does not scroll: it prints the block of rows it holds, not a page of blank space per row.
  const printing = usePrinting();
  const { items, paddingTop, paddingBottom } = useVirtualRows(printing ? 0 : table.total, scrollRef, 41);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (!printing) onInView(first, last);
  }, [printing, first, last, onInView]);
  const drawn = printing ? table.rows.map((_, i) => table.start + i) : items.map((item) => item.index);
  const printedAll = table.start === 0 && table.rows.length === table.total;
  return (
    <div ref={scrollRef} className="table-wrap scroll-table" tabIndex={0} role="region" aria-label="Claims in date order">
      {printing && !printedAll && (
        <p className="chart-note">
          Printed: rows {formatNumber(table.start + 1)} to {formatNumber(table.start + table.rows.length)} of {formatNumber(table.total)},
          the block the table showed. Scroll the table on screen to print others.
        </p>
      )}
      <table aria-rowcount={table.total + 1}>
        <thead>
          <tr>
            <th scope="col">Stated</th>
            <th scope="col">Source</th>
            <th scope="col">Figure</th>
            <th scope="col">Measure</th>
            <th scope="col">Period covered</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {drawn.map((index) => {
            const row = table.rows[index - table.start];
            // A row of the block still on its way keeps its place.
            if (!row)
              return (
                <tr key={`pending-${index}`} aria-rowindex={index + 2} aria-busy="true">
                  <td colSpan={5} className="muted">
                    Loading…
                  </td>
                </tr>
              );
            return (
              <tr key={row.claimId} aria-rowindex={index + 2}>
                <td>
                  {row.date}
                  {row.inferred && ' (inferred)'}
                </td>
                <td>{row.source}</td>
                <td>
                  <Link to={{ pathname: `/claims/${encodeURIComponent(row.claimId)}`, search }}>{row.asWritten}</Link>
                </td>
                <td>{row.measure}</td>
                <td>{row.period ?? '—'}</td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
