// What the user sees when their save of a record was refused because it changed, or went, in another tab since they opened
// it: the same choices for every kind of record, worded with the record's noun and name.
import { useState } from 'react';
import type { RecordConflict } from '../../service/store/workspaces';
import { defaultPicks, type MergePick } from '../../domain/record-merge';
import { ConflictFieldTable, ConflictPanel, type ConflictFieldRow } from './conflict-panel';

/** How one kind of record is read, named, compared and merged. */
export interface RecordConflictKind<T> {
  /** "source", "measure": how the sentences name the record. */
  noun: string;
  nameOf: (record: T) => string;
  /** The stored record, or null when it cannot be read. */
  parse: (stored: unknown) => T | null;
  rows: (base: T | null, mine: T, stored: T) => ConflictFieldRow[];
  merge: (mine: T, stored: T, picks: Readonly<Partial<Record<string, MergePick>>>) => T;
}

export interface RecordConflictProps<T> {
  kind: RecordConflictKind<T>;
  conflict: RecordConflict;
  mine: T;
  base: T | null;
  busy: boolean;
  /** A problem with the version the user chose (a merge that breaks a check, say). */
  problem: string | null;
  onSave: (record: T, revision: number | null, stored: T | null) => void;
  onDiscard: (message: string) => void;
}

/** Says the form's record changed or went elsewhere while it was open; nothing is decided until the user saves. */
export function ChangedElsewhereNotice({ noun, change }: { noun: string; change: 'changed' | 'deleted' | null }) {
  if (change === null) return null;
  return (
    <p role="status" className="conflict-notice">
      {change === 'changed'
        ? `This ${noun} was changed in another tab. Your save will ask you which version to keep.`
        : `This ${noun} was deleted in another tab. Your save will ask whether to restore it with your changes.`}
    </p>
  );
}

function Problem({ problem }: { problem: string | null }) {
  if (problem === null) return null;
  return (
    <p role="alert" className="field-error">
      {problem}
    </p>
  );
}

function ChangedConflict<T>({
  kind,
  stored,
  revision,
  mine,
  base,
  busy,
  problem,
  onSave,
  onDiscard,
}: RecordConflictProps<T> & { stored: T; revision: number }) {
  const rows = kind.rows(base, mine, stored);
  const [picks, setPicks] = useState(() => defaultPicks(rows.map((r) => r.diff)));
  const title =
    base === null
      ? `Another tab has just saved a ${kind.noun} called “${kind.nameOf(stored)}” under the same id`
      : `Someone changed this ${kind.noun} in another tab after you opened it`;
  return (
    <ConflictPanel title={title}>
      <p>Nothing of yours is saved yet. Compare the two versions, then keep one, or pick field by field.</p>
      <ConflictFieldTable rows={rows} picks={picks} onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))} />
      <Problem problem={problem} />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(kind.merge(mine, stored, picks), revision, stored)}>
          Save the fields picked above
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => onSave(mine, revision, stored)}>
          Keep my version
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onDiscard(`Kept the version of “${kind.nameOf(stored)}” saved in the other tab; your changes were dropped.`)}
        >
          Keep the saved version
        </button>
      </div>
    </ConflictPanel>
  );
}

/** The choice a refused save leaves the user, in plain words, for each way it can be refused. */
export function RecordConflictView<T>(props: RecordConflictProps<T>) {
  const { kind, conflict, mine, busy, problem, onSave, onDiscard } = props;
  const { noun } = kind;
  if (conflict.reason === 'workspace-deleted') {
    return (
      <ConflictPanel title="This workspace was deleted in another tab">
        <p>The {noun} cannot be saved: the workspace it belongs to no longer exists.</p>
        <div className="form-actions">
          <button type="button" onClick={() => onDiscard(`The workspace was deleted in another tab; the ${noun} was not saved.`)}>
            Close the form
          </button>
        </div>
      </ConflictPanel>
    );
  }
  const stored = kind.parse(conflict.stored);
  if (conflict.reason === 'changed' && stored !== null && conflict.revision !== null) {
    // Keyed by revision: if the record changes again before the user chooses, the comparison and picks start afresh.
    return <ChangedConflict key={conflict.revision} {...props} stored={stored} revision={conflict.revision} />;
  }
  const deleted = conflict.reason === 'deleted';
  return (
    <ConflictPanel
      title={deleted ? `Someone deleted this ${noun} in another tab after you opened it` : `This ${noun} was changed in another tab`}
    >
      <p>
        {deleted
          ? `Nothing of yours is saved yet. You can put the ${noun} back with your changes, or let it stay deleted.`
          : 'The version saved there cannot be read, so it cannot be shown beside yours. Nothing of yours is saved yet.'}
      </p>
      <Problem problem={problem} />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(mine, conflict.revision, null)}>
          {deleted ? 'Restore it with my changes' : 'Keep my version'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => onDiscard(deleted ? `Discarded your changes; “${kind.nameOf(mine)}” stays deleted.` : 'Discarded your changes.')}
        >
          Discard my changes
        </button>
      </div>
    </ConflictPanel>
  );
}
