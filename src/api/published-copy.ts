// Copying the read-only published dataset, texts included, into a workspace the user can edit and grade. The copy is made
// by the data service, where the published records are already held: they never pass through the page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useWorkspaceId } from './active-dataset';
import { ask } from './service';
import { workspaceQueries } from './workspace-queries';

/** Default name of a copy of the published dataset. */
export const PUBLISHED_COPY_NAME = 'Copy of the published dataset';

/** Creates a workspace from a copy of the published dataset, then opens it (sets ?ws=). */
export function useCopyPublished() {
  const client = useQueryClient();
  const [, setWorkspaceId] = useWorkspaceId();
  return useMutation({
    mutationFn: (name: string) => ask('copyPublished', { workspaceName: name }),
    onSuccess: async (row) => {
      await client.invalidateQueries({ queryKey: workspaceQueries.lists() });
      await setWorkspaceId(row.id);
    },
  });
}
