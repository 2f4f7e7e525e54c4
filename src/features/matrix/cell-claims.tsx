import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ComparedClaim } from '../../domain/analysis-types';
import { formatInterval } from '../../domain/format';
import type { DatasetIndex } from '../../domain/lookups';

export interface CellClaimsProps {
  entries: ComparedClaim[];
  unit: string;
  index: DatasetIndex;
  search: string;
  groupId: string;
  /** At most this many figures (windowed tables need rows of similar height); the rest are a link away. */
  limit: number;
  /** The cell's status mark, put before the first figure (on its line in the laptop matrix). */
  mark?: ReactNode;
}

/** One source's figures on one measure: as written, on the measure's footing, and when stated; the same in a table cell or a card. */
export function CellClaims({ entries, unit, index, search, groupId, limit, mark }: CellClaimsProps) {
  const hidden = entries.length - limit;
  return (
    <>
      {entries.slice(0, limit).map((entry, i) => {
        const claim = index.claims.get(entry.claimId);
        if (!claim) return null;
        return (
          <div key={entry.claimId} className="cell-claim">
            {i === 0 && mark}
            <Link to={{ pathname: `/claims/${encodeURIComponent(entry.claimId)}`, search }}>
              <strong>{claim.value.asWritten}</strong>
            </Link>
            <div>{entry.cannotNormalise ? 'not on this footing' : formatInterval(entry.interval, unit)}</div>
            <div className="muted">
              {claim.statedOn ?? 'undated'}
              {claim.statedOnInferred && ' (inferred)'}
            </div>
          </div>
        );
      })}
      {hidden > 0 && (
        <Link to={{ pathname: `/compare/${encodeURIComponent(groupId)}`, search }} className="cell-more">
          and {hidden} more
        </Link>
      )}
    </>
  );
}
