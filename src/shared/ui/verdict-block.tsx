import type { Verdict, WhyItem } from '../../domain/view-models/verdict';
import { WHY_LABELS } from '../../domain/view-models/why-labels';

const STATUS: Record<Verdict['status'], { text: string; className: string }> = {
  contradicts: { text: '✕ Accounts conflict', className: 'badge badge-disjoint' },
  agree: { text: '✓ Specific figures agree', className: 'badge badge-overlap' },
  compatible: { text: '≈ No conflict, nothing confirmed', className: 'badge badge-compatible' },
  alone: { text: 'One source only', className: 'badge' },
  context: { text: 'Background', className: 'badge badge-context' },
};

/** The verdict as a reader meets it: a status, the plain headline, why the accounts may differ (naming the figures), and the technical form behind a disclosure. */
export function VerdictBlock({
  verdict,
  why = verdict.why,
  nameOf,
  headingLevel = 3,
  collapsed = false,
}: {
  verdict: Verdict;
  /** The reasons to list, when the page adds some (changes of control) to the verdict's own. */
  why?: readonly WhyItem[];
  /** Names a claim for "concerns": its claimant, with a date or snippet when one source has two figures. */
  nameOf: (claimId: string) => string;
  headingLevel?: 2 | 3;
  /** On cards the reasons fold away behind their count, so the chart stays near its headline. */
  collapsed?: boolean;
}) {
  const status = STATUS[verdict.status];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="verdict">
      <p>
        <span className={status.className}>{status.text}</span>
      </p>
      <p className="headline">{verdict.headline}</p>
      {why.length > 0 &&
        (collapsed ? (
          <details className="why" data-print="open">
            <summary>Why they may differ ({why.length})</summary>
            <WhyList why={why} nameOf={nameOf} />
          </details>
        ) : (
          <>
            <Heading className="why-heading">Why they may differ</Heading>
            <WhyList why={why} nameOf={nameOf} />
          </>
        ))}
      {verdict.technical && (
        <details className="how-computed" data-print="open">
          <summary>How this is computed</summary>
          <p>{verdict.technical}.</p>
        </details>
      )}
    </div>
  );
}

function WhyList({ why, nameOf }: { why: readonly WhyItem[]; nameOf: (claimId: string) => string }) {
  return (
    <ul className="why-list">
      {why.map((item) => (
        <li key={item.kind + item.text}>
          <span className="why-kind">{WHY_LABELS[item.kind]}:</span> {item.text}{' '}
          <span className="muted">(Concerns: {[...new Set(item.claimIds.map(nameOf))].join('; ')}.)</span>
        </li>
      ))}
    </ul>
  );
}
