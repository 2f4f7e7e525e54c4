// What the user sees when their save was refused because the claim changed, or went, in another tab since they opened it.
import type { RecordConflict } from '../../service/store/workspaces';
import { RecordConflictView, type RecordConflictKind } from '../../shared/ui/record-conflict';
import { claimSchema, type Claim } from '../../domain/schema';
import { claimFieldRows, mergeClaims, type ClaimNames } from './claim-conflict-fields';

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

/** The choice a refused save leaves the user, in plain words, for each way it can be refused: the same as for every record. */
export function ClaimConflict({ names, ...props }: ClaimConflictProps) {
  const kind: RecordConflictKind<Claim> = {
    noun: 'claim',
    nameOf: (c) => c.value.asWritten,
    parse: (stored) => {
      const parsed = claimSchema.safeParse(stored);
      return parsed.success ? parsed.data : null;
    },
    rows: (base, mine, stored) => claimFieldRows(base, mine, stored, names),
    merge: mergeClaims,
  };
  return <RecordConflictView kind={kind} problem={null} {...props} />;
}
