import type { QueryClient } from '@tanstack/react-query';
import { onWorkspacesChanged } from '../service/store/workspaces';
import { storyQueries } from './stories';
import { workspaceQueries } from './workspace-queries';

/** Refetches workspace data whenever IndexedDB changes, in this tab or another; returns the unsubscribe. */
export function syncWorkspaces(client: QueryClient): () => void {
  const refetch = () => {
    void client.invalidateQueries({ queryKey: workspaceQueries.all });
    // A workspace's stories too; the published ones (under the same root) never change while the tab is open.
    void client.invalidateQueries({ queryKey: [...storyQueries.all, 'workspace'] });
  };
  const unsubscribe = onWorkspacesChanged(refetch);
  // The watch starts after the first view: a change made before it (in another tab) is caught up with now.
  refetch();
  return unsubscribe;
}
