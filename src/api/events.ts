import { queryOptions, useQuery } from '@tanstack/react-query';
import { ask } from './service';

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
};

/** Changes of control reported by the articles, for timelines. */
export function useEvents() {
  return useQuery(eventQueries.list());
}
