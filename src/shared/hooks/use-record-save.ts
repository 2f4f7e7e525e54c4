// Saving one record against the revision its form opened with; a refused save is kept, with the user's version, until they choose.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { saveRecords, type RecordConflict } from '../../service/store/workspaces';
import type { RecordKind } from '../../service/store/workspace-db';
import type { Measure, Source } from '../../domain/schema';

/** The kinds of record a form of the workbench saves one at a time. */
interface SavedKinds {
  sources: Source;
  measures: Measure;
}

export interface RefusedSave<T> {
  conflict: RecordConflict;
  mine: T;
  /** The stored version the refused attempt was based on: what the comparison counts as nobody's change. */
  basedOn: T | null;
}

interface Attempt<T> {
  record: T;
  revision: number | null;
  basedOn: T | null;
}

export function useRecordSave<K extends keyof SavedKinds & RecordKind>(
  workspaceId: string,
  kind: K,
  onSaved: (record: SavedKinds[K]) => void,
) {
  type T = SavedKinds[K];
  const [refused, setRefused] = useState<RefusedSave<T> | null>(null);
  const mutation = useMutation({
    // Based on null, a new record is refused if another tab has just saved one under the same id.
    mutationFn: ({ record, revision }: Attempt<T>) =>
      saveRecords(workspaceId, { [kind]: [record] }, { bases: [{ kind, id: record.id, revision }] }),
    onSuccess: (result, { record, basedOn }) => {
      if (result.ok) {
        setRefused(null);
        onSaved(record);
      } else setRefused({ conflict: result.conflict, mine: record, basedOn });
    },
  });
  return {
    refused,
    /** Saves the record based on `revision` (the form's, a conflict's, or null for one that must not exist yet) and the record stored at it. */
    save: (record: T, revision: number | null, basedOn: T | null) => {
      mutation.mutate({ record, revision, basedOn });
    },
    isPending: mutation.isPending,
    error: mutation.error,
  };
}
