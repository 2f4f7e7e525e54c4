// Names for the figures of a group: the claimant's name, told apart when one source gave two figures.
import type { ComparedClaim } from '../analysis-types';
import { sourceName, type DatasetIndex } from '../lookups';

/** A label per claim: the claimant's name, and, when the same claimant has more than one figure here, the words as written and the date ("Russian Defence Ministry (“more than 300”, 11 December 2016)"); still equal labels get the claim id. */
export function claimLabels(entries: readonly Pick<ComparedClaim, 'claimId'>[], index: DatasetIndex): Map<string, string> {
  const byClaimant = new Map<string, string[]>();
  for (const e of entries) {
    const claimant = index.claims.get(e.claimId)?.claimantId ?? e.claimId;
    const ids = byClaimant.get(claimant);
    // Pushed, not copied: a copy per entry made 10,000 figures of one source cost 50 million copies.
    if (ids) ids.push(e.claimId);
    else byClaimant.set(claimant, [e.claimId]);
  }
  const labels = new Map<string, string>();
  for (const [claimant, ids] of byClaimant) {
    const name = sourceName(index.sources, claimant);
    if (ids.length === 1) {
      labels.set(ids[0] as string, name);
      continue;
    }
    const seen = new Map<string, number>();
    for (const id of ids) {
      const claim = index.claims.get(id);
      const words = claim ? claim.value.asWritten.slice(0, 40) : id;
      const when = claim?.statedOn ?? claim?.period?.to ?? null;
      const base = `${name} (“${words}”${when ? `, ${when}` : ''})`;
      seen.set(base, (seen.get(base) ?? 0) + 1);
      labels.set(id, base);
    }
    for (const id of ids) {
      const label = labels.get(id) as string;
      if ((seen.get(label) ?? 0) > 1) labels.set(id, `${label.slice(0, -1)}, ${id})`);
    }
  }
  return labels;
}
