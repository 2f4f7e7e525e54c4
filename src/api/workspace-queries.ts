// Query options for workspaces. The store (Dexie, IndexedDB) is imported on first use, so it stays off the first load.
import { queryOptions } from '@tanstack/react-query';
import type { CsvMapping } from '../domain/claims-csv/mapping';
import type { CsvTable } from '../domain/claims-csv/read-table';
import { ask } from './service';

const store = () => import('../service/store/workspaces');

/** A number per CSV table read, so a query key names the table without holding (and hashing) its rows. */
const tableIds = new WeakMap<CsvTable, number>();
let lastTableId = 0;
function tableId(table: CsvTable): number {
  let id = tableIds.get(table);
  if (id === undefined) tableIds.set(table, (id = ++lastTableId));
  return id;
}

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
  /** What importing a CSV table into the workspace with the columns chosen would give, made in the data service. Under
   * the detail key, so a change to the workspace checks the rows again. While the next choice is checked, the same
   * table's last preview stays on screen (the page must not offer to import it meanwhile). */
  csvPreview: (id: string, table: CsvTable, mapping: CsvMapping) =>
    queryOptions({
      queryKey: [...workspaceQueries.details(), id, 'csv-preview', tableId(table), mapping] as const,
      queryFn: ({ signal }) => ask('csvPreview', { workspaceId: id, table, mapping }, signal),
      placeholderData: (previous, previousQuery) =>
        previousQuery?.queryKey[2] === id && previousQuery.queryKey[4] === tableId(table) ? previous : undefined,
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
