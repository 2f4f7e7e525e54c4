// The landing page's opening sentence: how much evidence there is, and on how many measures its sources can be compared.

const count = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

export interface LedeCounts {
  claims: number;
  articles: number;
  /** Measures on which two or more independent sources give figures. */
  contested: number;
  /** Of those, the ones whose figures cannot all be true. */
  conflicting: number;
}

/**
 * Worked examples:
 * - { claims: 120, articles: 9, contested: 14, conflicting: 6 } → "120 figures from 9 news reports, quoted word for word.
 *   On 14 measures two or more independent sources give figures; on 6 of them the figures cannot all be true. Ranked
 *   from most to least contested:"
 * - conflicting 0 → "… on none of them do the figures contradict each other. …"
 * - contested 1 → "On 1 measure two or more independent sources give figures, and they cannot all be true." (or "… and
 *   they do not contradict each other.")
 * - contested 0 → the first sentence alone: the page then says why nothing is ranked.
 * - claims 0 → null: there is nothing to count, and the page says why.
 */
export function overviewLede({ claims, articles, contested, conflicting }: LedeCounts): string | null {
  if (claims === 0) return null;
  const evidence = `${plural(claims, 'figure', 'figures')} from ${plural(articles, 'news report', 'news reports')}, quoted word for word.`;
  if (contested === 0) return evidence;
  const compared = `On ${plural(contested, 'measure', 'measures')} two or more independent sources give figures`;
  const verdict =
    contested === 1
      ? `, and they ${conflicting === 1 ? 'cannot all be true' : 'do not contradict each other'}.`
      : conflicting === 0
        ? '; on none of them do the figures contradict each other.'
        : conflicting === contested
          ? `; on every one of them the figures cannot all be true.`
          : `; on ${count(conflicting)} of them the figures cannot all be true.`;
  return `${evidence} ${compared}${verdict} Ranked from most to least contested:`;
}
