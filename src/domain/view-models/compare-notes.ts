// Sentences the compare and timeline views print about what they leave out: a sampled chart, an unlisted pair list.

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Under a chart that draws a sample of its figures.
 *
 * Worked example: sampleNote(120, 10000, { spread: true, rest: 'The list below has them all.' }) →
 * "Too many figures to draw each one: showing 120 of 10,000, the extremes that set the spread and an even sample of the
 * rest. The list below has them all."
 */
export function sampleNote(shown: number, total: number, { spread, rest }: { spread: boolean; rest: string }): string {
  const extremes = spread ? 'the extremes that set the spread' : 'the extremes';
  return `Too many figures to draw each one: showing ${count(shown)} of ${count(total)}, ${extremes} and an even sample of the rest. ${rest}`;
}

/**
 * Where a group is too large to list its contradicting pairs, how many there are.
 *
 * Worked examples: 0 → "No two figures from independent sources contradict each other."; 1 → "1 pair of figures from
 * independent sources cannot both be true. …"; 2,500 → "2,500 pairs of figures …".
 */
export function unlistedPairsSentence(pairs: number): string {
  if (pairs === 0) return 'No two figures from independent sources contradict each other.';
  const what = pairs === 1 ? 'pair of figures' : 'pairs of figures';
  return `${count(pairs)} ${what} from independent sources cannot both be true. There are too many figures here to list every pair: each figure below names the sources that contradict it.`;
}

/** Under a list shown a page at a time: how many figures it has not listed yet (read alone in print, without the button). */
export function unlistedFiguresSentence(hidden: number): string {
  return `${count(hidden)} more ${hidden === 1 ? 'figure is' : 'figures are'} not listed here; the CSV export has them all.`;
}

/** Above a list shown a page at a time: "Showing the first 100 of 10,000 figures. The CSV export has them all." */
export function listedFiguresSentence(shown: number, total: number): string {
  return `Showing the first ${count(shown)} of ${count(total)} figures. The CSV export has them all.`;
}
