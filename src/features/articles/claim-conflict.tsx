// What the user sees when their save was refused because the claim changed, or went, in another tab since they opened it.
import { useState } from 'react';
import type { RecordConflict } from '../../service/store/workspaces';
import { ConflictFieldTable as FieldTable, ConflictPanel as Panel } from '../../shared/ui/conflict-panel';
import { claimSchema, type Claim } from '../../domain/schema';
import { claimFieldRows, initialClaimPicks, mergeClaims, type ClaimNames } from './claim-conflict-fields';

export interface ClaimConflictProps {
  conflict: RecordConflict;
  /** The user's version, as their form built it. */
  mine: Claim;
  /** The stored claim the user's version was based on (as their form opened it, or as they last compared it). */
  base: Claim | null;
  names: ClaimNames;
  busy: boolean;
  /** Saves this claim against the revision now stored (null: only while the claim stays deleted) and the claim stored at it. */
  onSave: (claim: Claim, revision: number | null, stored: Claim | null) => void;
  onDiscard: (message: string) => void;
}

/** Says the form's claim changed or went elsewhere while it was open; nothing is decided until the user saves. */
export function ChangedElsewhereNotice({ change }: { change: 'changed' | 'deleted' | null }) {
  if (change === null) return null;
  return (
    <p role="status" className="conflict-notice">
      {change === 'changed'
        ? 'This claim was changed in another tab. Your save will ask you which version to keep.'
        : 'This claim was deleted in another tab. Your save will ask whether to restore it with your changes.'}
    </p>
  );
}

function ChangedConflict({
  stored,
  revision,
  mine,
  base,
  names,
  busy,
  onSave,
  onDiscard,
}: ClaimConflictProps & { stored: Claim; revision: number }) {
  const rows = claimFieldRows(base, mine, stored, names);
  const [picks, setPicks] = useState(() => initialClaimPicks(rows));
  return (
    <Panel title="Someone changed this claim in another tab after you opened it">
      <p>Nothing of yours is saved yet. Compare the two versions, then keep one, or pick field by field.</p>
      <FieldTable rows={rows} picks={picks} onPick={(key, pick) => setPicks((p) => ({ ...p, [key]: pick }))} />
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(mergeClaims(mine, stored, picks), revision, stored)}>
          Save the fields picked above
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => onSave(mine, revision, stored)}>
          Keep my version
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            onDiscard(`Kept the version saved in the other tab of the claim “${stored.value.asWritten}”; your changes were dropped.`)
          }
        >
          Keep the saved version
        </button>
      </div>
    </Panel>
  );
}

/** The choice a refused save leaves the user, in plain words, for each way it can be refused. */
export function ClaimConflict(props: ClaimConflictProps) {
  const { conflict, mine, busy, onSave, onDiscard } = props;
  if (conflict.reason === 'workspace-deleted') {
    return (
      <Panel title="This workspace was deleted in another tab">
        <p>Your claim cannot be saved: the workspace it belongs to no longer exists.</p>
        <div className="form-actions">
          <button type="button" onClick={() => onDiscard('The workspace was deleted in another tab; the claim was not saved.')}>
            Close the form
          </button>
        </div>
      </Panel>
    );
  }
  const stored = claimSchema.safeParse(conflict.stored);
  if (conflict.reason === 'changed' && stored.success && conflict.revision !== null) {
    // Keyed by revision: if the claim changes again before the user chooses, the comparison and picks start afresh.
    return <ChangedConflict key={conflict.revision} {...props} stored={stored.data} revision={conflict.revision} />;
  }
  const deleted = conflict.reason === 'deleted';
  return (
    <Panel title={deleted ? 'Someone deleted this claim in another tab after you opened it' : 'This claim was changed in another tab'}>
      <p>
        {deleted
          ? 'Nothing of yours is saved yet. You can put the claim back with your changes, or let it stay deleted.'
          : 'The version saved there cannot be read, so it cannot be shown beside yours. Nothing of yours is saved yet.'}
      </p>
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => onSave(mine, conflict.revision, null)}>
          {deleted ? 'Restore it with my changes' : 'Keep my version'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() =>
            onDiscard(deleted ? `Discarded your changes; the claim “${mine.value.asWritten}” stays deleted.` : 'Discarded your changes.')
          }
        >
          Discard my changes
        </button>
      </div>
    </Panel>
  );
}
