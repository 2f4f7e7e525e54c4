import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DatedFigure, WhyItem } from '../domain/view-models/verdict';
import { ask } from './service';

// The code of the change-of-control reasons loads with the events: the landing page draws its first cards without it.
const controlChangeCode = () => import('../domain/view-models/control-changes');

export const eventQueries = {
  all: ['events'] as const,
  lists: () => [...eventQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: eventQueries.lists(),
      // Downloaded and checked by the data service: the page loads no schema (nor zod) for the landing's first paint.
      queryFn: ({ signal }) => ask('events', null, signal),
      staleTime: Infinity,
    }),
  reasonCode: () =>
    queryOptions({
      queryKey: [...eventQueries.all, 'reason-code'] as const,
      queryFn: controlChangeCode,
      staleTime: Infinity,
    }),
};

/** Changes of control reported by the articles, for timelines. */
export function useEvents() {
  return useQuery(eventQueries.list());
}

/** The reasons changes of control add for a card's dated figures, or null while there are none to add. */
export type ControlChanges = ((dated: readonly DatedFigure[]) => WhyItem[]) | null;

/** What changes of control add to a card's reasons; null until the events and the code are in (a missing events file
 * leaves the reasons as they are). */
export function useControlChanges(): ControlChanges {
  const events = useEvents().data;
  const code = useQuery({ ...eventQueries.reasonCode(), enabled: events !== undefined && events.length > 0 }).data;
  return useMemo(() => (events && code ? (dated) => code.controlChangeItems(dated, events) : null), [events, code]);
}
