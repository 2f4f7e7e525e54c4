import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchText } from '../service/http';

export const articleTextQueries = {
  all: ['article-text'] as const,
  details: () => [...articleTextQueries.all, 'detail'] as const,
  detail: (file: string) =>
    queryOptions({
      queryKey: [...articleTextQueries.details(), file] as const,
      queryFn: ({ signal }) => fetchText(file, signal),
      staleTime: Infinity,
    }),
};

/** The verbatim text of one article file. */
export function useArticleText(file: string | undefined) {
  return useQuery({ ...articleTextQueries.detail(file ?? ''), enabled: Boolean(file) });
}
