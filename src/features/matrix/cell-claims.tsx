import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CellFigure } from '../../domain/view-models/matrix-model';

export interface CellClaimsProps {
  figures: CellFigure[];
  search: string;
  groupId: string;
  /** At most this many figures (windowed tables need rows of similar height); the rest are a link away. */
  limit: number;
  /** The cell's status mark, put before the first figure (on its line in the laptop matrix). */
  mark?: ReactNode;
}

/** One source's figures on one measure: as written, on the measure's footing, and when stated; the same in a table cell or a card. */
export function CellClaims({ figures, search, groupId, limit, mark }: CellClaimsProps) {
  const hidden = figures.length - limit;
  return (
    <>
      {figures.slice(0, limit).map((figure, i) => (
        <div key={figure.claimId} className="cell-claim">
          {i === 0 && mark}
          <Link to={{ pathname: `/claims/${encodeURIComponent(figure.claimId)}`, search }}>
            <strong>{figure.asWritten}</strong>
          </Link>
          <div>{figure.footing ?? 'not on this footing'}</div>
          <div className="muted">
            {figure.statedOn ?? 'undated'}
            {figure.statedOnInferred && ' (inferred)'}
          </div>
        </div>
      ))}
      {hidden > 0 && (
        <Link to={{ pathname: `/compare/${encodeURIComponent(groupId)}`, search }} className="cell-more">
          and {hidden} more
        </Link>
      )}
    </>
  );
}
