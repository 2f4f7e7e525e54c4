// Copying the read-only published dataset, texts included, into a workspace the user can edit and grade.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { articleTextQueries } from './article-text';
import { datasetQueries } from './dataset';
import { createWorkspace, type WorkspaceContent } from '../service/store/workspaces';
import { workspaceQueries } from './workspace-queries';
import { useWorkspaceId } from './active-dataset';

/** Default name of a copy of the published dataset. */
export const PUBLISHED_COPY_NAME = 'Copy of the published dataset';

/** The published dataset and every article text, through the query cache so nothing is downloaded twice. */
export async function loadPublishedContent(client: QueryClient): Promise<WorkspaceContent> {
  const { dataset } = await client.query(datasetQueries.detail());
  const files = [...new Set(dataset.articles.map((a) => a.file))];
  const texts = await Promise.all(files.map(async (file) => [file, await client.query(articleTextQueries.detail(file))] as const));
  return { dataset, texts: new Map(texts) };
}

/** Creates a workspace from a copy of the published dataset, then opens it (sets ?ws=). */
export function useCopyPublished() {
  const client = useQueryClient();
  const [, setWorkspaceId] = useWorkspaceId();
  return useMutation({
    mutationFn: async (name: string) => createWorkspace(name, 'published', await loadPublishedContent(client)),
    onSuccess: async (row) => {
      await client.invalidateQueries({ queryKey: workspaceQueries.lists() });
      await setWorkspaceId(row.id);
    },
  });
}
