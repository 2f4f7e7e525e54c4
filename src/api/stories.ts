import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Story } from '../domain/schema';
import { fetchJson } from '../service/http';

export const storyQueries = {
  all: ['stories'] as const,
  lists: () => [...storyQueries.all, 'list'] as const,
  /** The published stories (data/stories.json); fetched when the classroom opens, never with the first load. */
  list: () =>
    queryOptions({
      queryKey: storyQueries.lists(),
      // The schema (and zod with it) loads with the first request, as for the events.
      queryFn: async ({ signal }): Promise<Story[]> => {
        const { storiesSchema } = await import('../domain/schema');
        return fetchJson('stories.json', storiesSchema, signal);
      },
      staleTime: Infinity,
    }),
};

/** The classroom stories published with the dataset. */
export function useStories() {
  return useQuery(storyQueries.list());
}
