// Saving a claim against the revision its form opened with; a refused save is kept, with the user's version, until they choose.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { saveRecords, type RecordConflict } from '../../service/store/workspaces';
import type { Claim, Measure, Source } from '../../domain/schema';
import { recordsStillUsed } from './claim-conflict-fields';

/** A claim as the form built it, with the sources and measures the form made for it. */
export interface BuiltClaim {
  claim: Claim;
  sources: Source[];
  measures: Measure[];
}

/** The stored claim a form opened with and its revision; null for a new claim. */
export type ClaimBase = { claim: Claim; revision: number } | null;

export interface RefusedSave {
  conflict: RecordConflict;
  mine: BuiltClaim;
  /** The stored version the refused attempt was based on: what the comparison counts as nobody's change. */
  basedOn: Claim | null;
}

interface Attempt {
  built: BuiltClaim;
  revision: number | null;
  basedOn: Claim | null;
}

export function useClaimSave(workspaceId: string, onSaved: (claim: Claim) => void) {
  const [refused, setRefused] = useState<RefusedSave | null>(null);
  const mutation = useMutation({
    mutationFn: ({ built, revision }: Attempt) =>
      // The sources and measures the form made are new and must not overwrite another tab's.
      saveRecords(
        workspaceId,
        { claims: [built.claim], ...recordsStillUsed(built.claim, built.sources, built.measures) },
        { bases: [{ kind: 'claims', id: built.claim.id, revision }], created: ['sources', 'measures'] },
      ),
    onSuccess: (result, { built, basedOn }) => {
      if (result.ok) {
        setRefused(null);
        onSaved(built.claim);
      } else {
        setRefused({ conflict: result.conflict, mine: built, basedOn });
      }
    },
  });
  return {
    refused,
    /**
     * Saves the claim based on `revision` (the one the form opened with, the one a conflict reported, or null for a record
     * that must not exist) and on `basedOn`, the stored claim at that revision.
     */
    save: (built: BuiltClaim, revision: number | null, basedOn: Claim | null) => {
      mutation.mutate({ built, revision, basedOn });
    },
    isPending: mutation.isPending,
    error: mutation.error,
  };
}
