// Splits an article text into the pieces the article view renders: plain text, proposed figures and the quotes of existing
// claims. Works on offsets only, so the view slices the string and renders every piece as React text, never as HTML.

interface Span {
  start: number;
  end: number;
}

interface Segment {
  start: number;
  end: number;
  /** Index into the candidates given, or null for text that is not a proposed figure. */
  candidate: number | null;
  /** Ids of the existing claims whose quote covers (or, for a candidate, overlaps) this piece. */
  claimIds: string[];
}

/**
 * Covers [0, length) with segments in order: each candidate whole, the text between split where claim quotes begin and end.
 * Candidates that overlap an earlier one or fall outside the text are left out; claim spans are clipped to the text.
 */
export function segmentText(length: number, candidates: readonly Span[], claims: readonly (Span & { id: string })[]): Segment[] {
  const kept: { span: Span; index: number }[] = [];
  const ordered = candidates.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start);
  for (const c of ordered) {
    const last = kept.at(-1);
    if (c.span.start < 0 || c.span.end > length || c.span.start >= c.span.end) continue;
    if (last && c.span.start < last.span.end) continue;
    kept.push(c);
  }
  const quotes = claims
    .map((c) => ({ id: c.id, start: Math.max(0, c.start), end: Math.min(length, c.end) }))
    .filter((c) => c.start < c.end);
  const points = new Set([0, length]);
  for (const c of kept) points.add(c.span.start).add(c.span.end);
  for (const q of quotes) points.add(q.start).add(q.end);
  const sorted = [...points].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    while (next < kept.length && (kept[next] as { span: Span }).span.end <= from) next++;
    const candidate = kept[next];
    if (candidate && candidate.span.start <= from) {
      if (segments.at(-1)?.candidate !== candidate.index) {
        const { start, end } = candidate.span;
        const claimIds = quotes.filter((q) => q.start < end && q.end > start).map((q) => q.id);
        segments.push({ start, end, candidate: candidate.index, claimIds });
      }
      continue;
    }
    const claimIds = quotes.filter((q) => q.start <= from && q.end >= to).map((q) => q.id);
    const last = segments.at(-1);
    if (last && last.candidate === null && last.end === from && last.claimIds.join('\n') === claimIds.join('\n')) last.end = to;
    else segments.push({ start: from, end: to, candidate: null, claimIds });
  }
  return segments;
}
