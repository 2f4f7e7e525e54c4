// Saving a source against the revision its form opened with; a refused save is kept, with the user's version, until they choose.
import { useRecordSave } from '../../shared/hooks/use-record-save';
import type { Source } from '../../domain/schema';

/** The stored source a form opened with and its revision; null for a new source. */
export type SourceBase = { source: Source; revision: number } | null;

export function useSourceSave(workspaceId: string, onSaved: (source: Source) => void) {
  return useRecordSave(workspaceId, 'sources', onSaved);
}
