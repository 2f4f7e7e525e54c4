// View state lives in the URL so any view is a shareable link and back/forward work.
import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral, useQueryState, useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import type { ClaimFilters } from '../domain/filter';
import { DEFAULT_MATRIX_SORT, matrixSorts } from '../domain/view-models/matrix-sort';

export { matrixSorts, type MatrixSort } from '../domain/view-models/matrix-sort';

const list = parseAsArrayOf(parseAsString).withDefault([]);

export const filterParsers = {
  source: list,
  kind: list,
  align: list,
  outlet: list,
  measure: list,
  place: list,
  from: parseAsString,
  to: parseAsString,
};

/** The claim filters from the URL, and a setter that pushes a history entry. */
export function useFilters(): [ClaimFilters, (next: Partial<ClaimFilters> | null) => void] {
  const [params, setParams] = useQueryStates(filterParsers, { history: 'push' });
  const filters = useMemo<ClaimFilters>(
    () => ({
      sources: params.source,
      kinds: params.kind,
      alignments: params.align,
      outlets: params.outlet,
      measures: params.measure,
      places: params.place,
      from: params.from,
      to: params.to,
    }),
    [params],
  );
  const setFilters = (next: Partial<ClaimFilters> | null) => {
    if (next === null) {
      void setParams(null);
      return;
    }
    void setParams({
      ...(next.sources && { source: next.sources }),
      ...(next.kinds && { kind: next.kinds }),
      ...(next.alignments && { align: next.alignments }),
      ...(next.outlets && { outlet: next.outlets }),
      ...(next.measures && { measure: next.measures }),
      ...(next.places && { place: next.places }),
      ...('from' in next && { from: next.from ?? null }),
      ...('to' in next && { to: next.to ?? null }),
    });
  };
  return [filters, setFilters];
}

export const groupings = ['source', 'date'] as const;
export type Grouping = (typeof groupings)[number];

/** How the compare view groups claims; written to the URL even at its default so old links keep their meaning. */
export function useGrouping() {
  return useQueryState(
    'group',
    parseAsStringLiteral(groupings).withDefault('source').withOptions({ history: 'push', clearOnDefault: false }),
  );
}

/** Matrix row order and text filter; explicit in the URL so a printed link reproduces the table. */
export function useMatrixState() {
  return useQueryStates(
    {
      sort: parseAsStringLiteral(matrixSorts).withDefault(DEFAULT_MATRIX_SORT),
      q: parseAsString.withDefault(''),
    },
    { history: 'replace', clearOnDefault: false },
  );
}

/** The first source column the matrix shows (from 1) when the sources do not all fit the width; left out of the URL at 1. */
export function useMatrixColumnStart() {
  return useQueryState('sourcesFrom', parseAsInteger.withDefault(1).withOptions({ history: 'replace', clearOnDefault: true }));
}

export const timelineViews = ['measure', 'sources'] as const;
export type TimelineView = (typeof timelineViews)[number];

/** The timeline's tab: one measure's figures against time (the default), or every source's claims in lanes. */
export function useTimelineView() {
  return useQueryState('view', parseAsStringLiteral(timelineViews).withDefault('measure').withOptions({ history: 'push' }));
}

/** The measure the timeline's first tab shows; absent, the one with the most figures. */
export function useTimelineMeasure() {
  return useQueryState('of', parseAsString.withOptions({ history: 'push' }));
}
