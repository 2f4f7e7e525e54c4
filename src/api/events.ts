import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ControlEvent } from '../domain/events';
import { fetchJson } from '../service/http';

export const eventQueries = {
  all: ['events'] as const,
  lists: () => [...eventQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: eventQueries.lists(),
      // The schema (and zod with it) loads with the first request, not with the landing page's first paint.
      queryFn: async ({ signal }): Promise<ControlEvent[]> => {
        const { controlEventsSchema } = await import('../domain/events');
        return fetchJson('events.json', controlEventsSchema, signal);
      },
      staleTime: Infinity,
    }),
};

/** Changes of control reported by the articles, for timelines. */
export function useEvents() {
  return useQuery(eventQueries.list());
}
