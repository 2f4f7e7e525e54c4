import { queryOptions } from '@tanstack/react-query';
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
