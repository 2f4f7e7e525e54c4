import type { QueryClient } from '@tanstack/react-query';
import { onWorkspacesChanged } from '../service/store/workspaces';
import { storyQueries } from './stories';
import { workspaceQueries } from './workspace-queries';

/** Refetches workspace data whenever IndexedDB changes, in this tab or another; returns the unsubscribe. */
export function syncWorkspaces(client: QueryClient): () => void {
  return onWorkspacesChanged(() => {
    void client.invalidateQueries({ queryKey: workspaceQueries.all });
    // A workspace's stories too; the published ones (under the same root) never change while the tab is open.
    void client.invalidateQueries({ queryKey: [...storyQueries.all, 'workspace'] });
  });
}
