import { CREDIBILITY_LABELS, isCredibilityGrade, isReliabilityGrade, RELIABILITY_LABELS } from '../../domain/grades';

/** The analyst's own grade as a small badge, e.g. "B" for a source or "2" for a claim; the full wording is read out and shown on hover. */
function GradeBadge({
  grade,
  label,
  reason,
  kind,
}: {
  grade: string | number;
  label: string;
  reason?: string;
  kind: 'reliability' | 'credibility';
}) {
  const text = `Your ${kind} grade: ${grade} (${label})${reason ? `. ${reason}` : ''}`;
  return (
    <span className={`badge badge-grade badge-grade-${kind}`} title={text}>
      <span aria-hidden="true">{grade}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}

/** A source's stored A–F grade as a badge (with a leading space), or nothing when it has none or it is not a valid grade. */
export function ReliabilityBadge({ stored }: { stored: { grade: string; reason: string } | undefined }) {
  if (!stored || !isReliabilityGrade(stored.grade)) return null;
  return (
    <>
      {' '}
      <GradeBadge kind="reliability" grade={stored.grade} label={RELIABILITY_LABELS[stored.grade]} reason={stored.reason} />
    </>
  );
}

/** A claim's stored 1–6 grade as a badge (with a leading space), or nothing when it has none or it is not a valid grade. */
export function CredibilityBadge({ stored }: { stored: { grade: number; reason: string } | undefined }) {
  if (!stored || !isCredibilityGrade(stored.grade)) return null;
  return (
    <>
      {' '}
      <GradeBadge kind="credibility" grade={stored.grade} label={CREDIBILITY_LABELS[stored.grade]} reason={stored.reason} />
    </>
  );
}
