// Query options for workspaces. The store (Dexie, IndexedDB) is imported on first use, so it stays off the first load.
import { queryOptions } from '@tanstack/react-query';
import { ask } from './service';

const store = () => import('../service/store/workspaces');

export const workspaceQueries = {
  all: ['workspaces'] as const,
  lists: () => [...workspaceQueries.all, 'list'] as const,
  list: () => queryOptions({ queryKey: workspaceQueries.lists(), queryFn: async () => (await store()).listWorkspaces() }),
  details: () => [...workspaceQueries.all, 'detail'] as const,
  /** A workspace's current state as the views name and grade it; its records are read where the engine runs, not here. */
  summary: (id: string) =>
    queryOptions({
      queryKey: [...workspaceQueries.details(), id, 'summary'] as const,
      queryFn: ({ signal }) => ask('workspace', { workspaceId: id }, signal),
    }),
  /** The raw records, texts and grades (no analysis); under the detail key, so invalidating a workspace refreshes it too. */
  content: (id: string) =>
    queryOptions({
      queryKey: [...workspaceQueries.details(), id, 'content'] as const,
      queryFn: async () => (await store()).readWorkspaceContent(id),
    }),
  texts: () => [...workspaceQueries.all, 'text'] as const,
  /** Whether work is being saved; asked once, as the answer cannot change while the tab is open. */
  storage: () =>
    queryOptions({
      queryKey: [...workspaceQueries.all, 'storage'] as const,
      queryFn: async () => (await store()).storageStatus(),
      staleTime: Infinity,
    }),
  text: (id: string, file: string) =>
    queryOptions({
      queryKey: [...workspaceQueries.texts(), id, file] as const,
      queryFn: async () => (await store()).readWorkspaceText(id, file),
    }),
};
