// What the user sees when their save of a source was refused because it changed, or went, in another tab since they opened it.
import { useState } from 'react';
import type { RecordConflict } from '../../service/store/workspaces';
import { ConflictFieldTable, ConflictPanel } from '../../shared/ui/conflict-panel';
import { sourceSchema, type Source } from '../../domain/schema';
import { initialSourcePicks, mergeSources, sourceFieldRows } from '../../domain/source-conflict-fields';

export interface SourceConflictProps {
  conflict: RecordConflict;
  mine: Source;
  base: Source | null;
  /** The workspace's sources, to name parent organisations. */
  sources: ReadonlyMap<string, Source>;
  busy: boolean;
  /** A problem with the version the user chose (a parent that now makes a loop, say). */
  problem: string | null;
  onSave: (source: Source, revision: number | null, stored: Source | null) => void;
  onDiscard: (message: string) => void;
}

function ChangedConflict({
  stored,
  revision,
  mine,
  base,
  sources,
  busy,
  problem,
  onSave,
  onDiscard,
}: SourceConflictProps & { stored: Source; revision: number }) {
  const rows = sourceFieldRows(base, mine, stored, sources);
  const [picks, setPicks] = useState(() => initialSourcePicks(rows));
  const title =
    base === null
      ? `Another tab has just saved a source called “${stored.name}” under the same id`
      : 'Someone changed this source in another tab after you opened it';
  return (
    <ConflictPanel title={title}>
      <p>Nothing of yours is saved yet. Compare the two versions, then keep one, or pick field by field.</p>
      <ConflictFieldTable rows={rows} picks={picks} onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))} />
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(mergeSources(mine, stored, picks), revision, stored)}>
          Save the fields picked above
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => onSave(mine, revision, stored)}>
          Keep my version
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onDiscard(`Kept the version of “${stored.name}” saved in the other tab; your changes were dropped.`)}
        >
          Keep the saved version
        </button>
      </div>
    </ConflictPanel>
  );
}

/** The choice a refused save leaves the user, in plain words, for each way it can be refused. */
export function SourceConflict(props: SourceConflictProps) {
  const { conflict, mine, busy, problem, onSave, onDiscard } = props;
  if (conflict.reason === 'workspace-deleted') {
    return (
      <ConflictPanel title="This workspace was deleted in another tab">
        <p>The source cannot be saved: the workspace it belongs to no longer exists.</p>
        <div className="form-actions">
          <button type="button" onClick={() => onDiscard('The workspace was deleted in another tab; the source was not saved.')}>
            Close the form
          </button>
        </div>
      </ConflictPanel>
    );
  }
  const stored = sourceSchema.safeParse(conflict.stored);
  if (conflict.reason === 'changed' && stored.success && conflict.revision !== null) {
    // Keyed by revision: if the source changes again before the user chooses, the comparison and picks start afresh.
    return <ChangedConflict key={conflict.revision} {...props} stored={stored.data} revision={conflict.revision} />;
  }
  const deleted = conflict.reason === 'deleted';
  return (
    <ConflictPanel
      title={deleted ? 'Someone deleted this source in another tab after you opened it' : 'This source was changed in another tab'}
    >
      <p>
        {deleted
          ? 'Nothing of yours is saved yet. You can put the source back with your changes, or let it stay deleted.'
          : 'The version saved there cannot be read, so it cannot be shown beside yours. Nothing of yours is saved yet.'}
      </p>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(mine, conflict.revision, null)}>
          {deleted ? 'Restore it with my changes' : 'Keep my version'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onDiscard(deleted ? `Discarded your changes; “${mine.name}” stays deleted.` : 'Discarded your changes.')}
        >
          Discard my changes
        </button>
      </div>
    </ConflictPanel>
  );
}
