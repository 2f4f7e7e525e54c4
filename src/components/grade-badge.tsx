/** The analyst's own grade as a small badge, e.g. "B" for a source or "2" for a claim; the full wording is read out and shown on hover. */
export function GradeBadge({
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
