// How one source's figures on one measure stand against the other sources: the mark a matrix cell carries.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import { entryStatuses, type RowStatus } from '../chart-rows';

/** What a cell's mark says, in words as well as in colour and pattern. */
export const CELL_STATUS_TEXT: Record<RowStatus, string> = {
  disjoint: 'Conflict',
  overlap: 'Corroborated',
  compatible: 'Compatible only',
  alone: 'Alone',
};

/** A cell's status from its figures' statuses: a conflict if any figure is contradicted, else corroborated if any is, else
 * compatible only if any is, else alone; null when none of its figures could be compared (not on this footing, or unknown). */
export function cellStatus(
  entries: readonly Pick<ComparedClaim, 'claimId' | 'cannotNormalise'>[],
  statuses: ReadonlyMap<string, RowStatus>,
): RowStatus | null {
  const own = entries
    .filter((e) => e.cannotNormalise === null)
    .map((e) => statuses.get(e.claimId))
    .filter((s) => s !== undefined);
  for (const status of ['disjoint', 'overlap', 'compatible', 'alone'] as const) if (own.includes(status)) return status;
  return null;
}

/** Each voice's cell status on one measure; a background measure (not contested) gives none. */
export function groupCellStatuses(group: ComparisonGroup): Map<string, RowStatus | null> {
  const cells = new Map<string, ComparedClaim[]>();
  for (const entry of group.entries) cells.set(entry.voiceId, [...(cells.get(entry.voiceId) ?? []), entry]);
  const statuses = group.context ? new Map<string, RowStatus>() : entryStatuses(group);
  return new Map([...cells].map(([voice, entries]) => [voice, group.context ? null : cellStatus(entries, statuses)]));
}
