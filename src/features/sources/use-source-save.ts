// Saving a source against the revision its form opened with; a refused save is kept, with the user's version, until they choose.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { saveRecords, type RecordConflict } from '../../service/store/workspaces';
import type { Source } from '../../domain/schema';

/** The stored source a form opened with and its revision; null for a new source. */
export type SourceBase = { source: Source; revision: number } | null;

export interface RefusedSourceSave {
  conflict: RecordConflict;
  mine: Source;
  /** The stored version the refused attempt was based on: what the comparison counts as nobody's change. */
  basedOn: Source | null;
}

interface Attempt {
  source: Source;
  revision: number | null;
  basedOn: Source | null;
}

export function useSourceSave(workspaceId: string, onSaved: (source: Source) => void) {
  const [refused, setRefused] = useState<RefusedSourceSave | null>(null);
  const mutation = useMutation({
    // Based on null, a new source is refused if another tab has just saved one under the same id.
    mutationFn: ({ source, revision }: Attempt) =>
      saveRecords(workspaceId, { sources: [source] }, { bases: [{ kind: 'sources', id: source.id, revision }] }),
    onSuccess: (result, { source, basedOn }) => {
      if (result.ok) {
        setRefused(null);
        onSaved(source);
      } else setRefused({ conflict: result.conflict, mine: source, basedOn });
    },
  });
  return {
    refused,
    /** Saves the source based on `revision` (the form's, a conflict's, or null for one that must not exist yet) and the source stored at it. */
    save: (source: Source, revision: number | null, basedOn: Source | null) => {
      mutation.mutate({ source, revision, basedOn });
    },
    isPending: mutation.isPending,
    error: mutation.error,
  };
}
