import { queryOptions, useQuery } from '@tanstack/react-query';
import { controlEventsSchema } from '../domain/events';
import { fetchJson } from './client';

export const eventQueries = {
  all: ['events'] as const,
  lists: () => [...eventQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: eventQueries.lists(),
      queryFn: ({ signal }) => fetchJson('events.json', controlEventsSchema, signal),
      staleTime: Infinity,
    }),
};

/** Changes of control reported by the articles, for timelines. */
export function useEvents() {
  return useQuery(eventQueries.list());
}
