import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Story } from '../domain/schema';
import { fetchJson } from '../service/http';
import type { StorySaveResult } from '../service/store/workspace-stories';
import { withRestart } from './query-like';
import { restartQuery, useWorkspaceId } from './active-dataset';

// The store (Dexie) is imported on first use, so it stays off the first load.
const store = () => import('../service/store/workspace-stories');

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
  /** A workspace's stories in the author's order, each with the revision an editor saves against. */
  workspace: (workspaceId: string) =>
    queryOptions({
      queryKey: [...storyQueries.all, 'workspace', workspaceId] as const,
      queryFn: async () => (await store()).readWorkspaceStories(workspaceId),
    }),
};

/** The stories of the dataset shown: the published ones, or those of the workspace named by ?ws=. */
export function useStories() {
  const [workspaceId] = useWorkspaceId();
  const published = useQuery({ ...storyQueries.list(), enabled: workspaceId === null });
  const stored = useQuery({
    ...storyQueries.workspace(workspaceId ?? ''),
    enabled: workspaceId !== null,
    select: (data): Story[] => data.stories.map((s) => s.story),
  });
  const client = useQueryClient();
  if (workspaceId !== null) return stored;
  // A retry after a hang or a trickle abandons the request in flight instead of waiting on it.
  return withRestart(published, () => restartQuery(client, storyQueries.list().queryKey));
}

/** The open workspace's stories with their revisions (null outside a workspace), for the story editor. */
export function useWorkspaceStories() {
  const [workspaceId] = useWorkspaceId();
  const query = useQuery({ ...storyQueries.workspace(workspaceId ?? ''), enabled: workspaceId !== null });
  return { query, workspaceId };
}

/** Saving and deleting a story of a workspace; every open view of its stories is refreshed after. */
export function useStoryWrites(workspaceId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: storyQueries.workspace(workspaceId).queryKey });
  return {
    save: async (story: Story, base: number | null): Promise<StorySaveResult> => {
      const result = await (await store()).saveStory(workspaceId, story, base);
      await refresh();
      return result;
    },
    remove: async (storyId: string, base: number): Promise<StorySaveResult> => {
      const result = await (await store()).deleteStory(workspaceId, storyId, base);
      await refresh();
      return result;
    },
  };
}
