// Deleting a source as the form opened it, and putting it back (with its grade) on Undo while nobody else has.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { SourceGradeEntry } from '../../domain/grades';
import type { Source } from '../../domain/schema';
import type { SourceUses } from '../../domain/source-uses';
import { deleteSourceAt, saveRecords } from '../../service/store/workspaces';

/** A deleted source and its grade, kept for Undo. */
export interface DeletedSource {
  source: Source;
  grade: SourceGradeEntry | null;
}

interface Callbacks {
  onDeleted: (deleted: DeletedSource) => void;
  /** A sentence for the status line: a refusal, a restore, or an error. */
  onMessage: (message: string) => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useSourceDelete(workspaceId: string, { onDeleted, onMessage }: Callbacks) {
  // What the store found using the source when it refused (another tab may have put it to use since the page was read).
  const [inUse, setInUse] = useState<{ sourceId: string; uses: SourceUses } | null>(null);
  const remove = useMutation({
    mutationFn: ({ source, revision }: { source: Source; revision: number }) => deleteSourceAt(workspaceId, source.id, revision),
    onSuccess: (result, { source }) => {
      if (result.ok) {
        setInUse(null);
        onDeleted({ source: result.deleted.source ?? source, grade: result.deleted.grade });
      } else if ('inUse' in result) setInUse({ sourceId: source.id, uses: result.inUse });
      else {
        const messages = {
          changed: `Not deleted: the source “${source.name}” was changed in another tab a moment ago. Check the change, then delete it again if you still want to.`,
          deleted: `The source “${source.name}” was already deleted in another tab.`,
          'workspace-deleted': 'Not deleted: this workspace was deleted in another tab.',
        };
        onMessage(messages[result.conflict.reason]);
      }
    },
    onError: (error) => onMessage(`Could not delete the source: ${messageOf(error)}`),
  });
  const undo = useMutation({
    mutationFn: ({ source, grade }: DeletedSource) =>
      saveRecords(
        workspaceId,
        { sources: [source] },
        { bases: [{ kind: 'sources', id: source.id, revision: null }], grades: grade ? { sources: [grade], claims: [] } : undefined },
      ),
    onSuccess: (result, { source }) =>
      onMessage(
        result.ok
          ? `Restored the source “${source.name}”.`
          : `Could not restore the source “${source.name}”: it was put back or changed in another tab, so it was left as it is there.`,
      ),
    onError: (error) => onMessage(`Could not restore the source: ${messageOf(error)}`),
  });
  return {
    /** What the store last found using this source, if it refused to delete it. */
    inUseOf: (sourceId: string) => (inUse?.sourceId === sourceId ? inUse.uses : null),
    remove: (source: Source, revision: number) => remove.mutate({ source, revision }),
    undo: (deleted: DeletedSource) => undo.mutate(deleted),
    isDeleting: remove.isPending,
    isUndoing: undo.isPending,
  };
}
