import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchText } from '../service/http';
import { restartQuery, useWorkspaceId } from './active-dataset';
import { withRestart } from './query-like';
import { workspaceQueries } from './workspace-queries';

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

/** The verbatim text of one article of the active dataset. */
export function useActiveArticleText(file: string | undefined) {
  const [workspaceId] = useWorkspaceId();
  const client = useQueryClient();
  const published = useQuery({ ...articleTextQueries.detail(file ?? ''), enabled: Boolean(file) && workspaceId === null });
  const stored = useQuery({ ...workspaceQueries.text(workspaceId ?? '', file ?? ''), enabled: Boolean(file) && workspaceId !== null });
  if (workspaceId !== null) return stored;
  // A retry after a hang or a trickle abandons the request in flight instead of waiting on it.
  return withRestart(published, () => restartQuery(client, articleTextQueries.detail(file ?? '').queryKey));
}
