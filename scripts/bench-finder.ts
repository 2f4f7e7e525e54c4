// Benchmark of the figure finder (src/domain/figure-finder.ts) against the shipped dataset, plus timings.
// Usage: npm run bench:finder
//
// recall    = share of claims whose figure is found: a candidate overlapping the claim's asWritten occurrence inside its
//             quote, proposing the same interval (low, high and both inclusivities);
// precision = share of the candidates found in the five articles that match some claim's figure that way.
// Then times (median of 5 runs after a warm-up) a 1 MB article (the seed texts repeated), the same as a single 1 MB line, and pathological inputs.
import { performance } from 'node:perf_hooks';
import { findFigures, type FigureCandidate } from '../src/domain/figure-finder';
import type { Claim } from '../src/domain/schema';
import { loadShippedDataset, readArticleText } from '../src/testing/real-dataset';

interface Occurrence {
  start: number;
  end: number;
}

/** Unusual spaces (no-break, thin) read as plain spaces; same length, so offsets hold. */
function plainSpaces(s: string): string {
  return s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

/**
 * Where the claim's figure words sit in the article: inside its quote, case-sensitive first, then case-insensitive.
 * asWritten may use a plain space where the article has a no-break space ("13th century").
 */
function figureOccurrence(claim: Claim): Occurrence | null {
  const asWritten = plainSpaces(claim.value.asWritten);
  const quote = plainSpaces(claim.quote);
  let at = quote.indexOf(asWritten);
  if (at < 0) at = quote.toLowerCase().indexOf(asWritten.toLowerCase());
  if (at < 0) return null;
  return { start: claim.span[0] + at, end: claim.span[0] + at + asWritten.length };
}

function sameInterval(c: FigureCandidate, claim: Claim): boolean {
  const a = c.value;
  const b = claim.value;
  return a.low === b.low && a.high === b.high && a.lowInclusive === b.lowInclusive && a.highInclusive === b.highInclusive;
}

function matches(c: FigureCandidate, claim: Claim): boolean {
  const occ = figureOccurrence(claim);
  return occ !== null && c.start < occ.end && occ.start < c.end && sameInterval(c, claim);
}

function interval(v: Claim['value']): string {
  const low = v.low === null ? '(−∞' : `${v.lowInclusive ? '[' : '('}${v.low}`;
  const high = v.high === null ? '∞)' : `${v.high}${v.highInclusive ? ']' : ')'}`;
  return `${low}, ${high}${v.approximate ? ' ≈' : ''}`;
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function time(label: string, input: string, runs = 5): void {
  const times: number[] = [];
  // One warm-up run, not timed, except for a single run (whose point is to meet the input cold).
  let found = runs > 1 ? findFigures(input).length : 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    found = findFigures(input).length;
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const kb = (input.length / 1024).toFixed(0);
  console.log(
    `  ${label.padEnd(44)} ${kb.padStart(5)} KiB  median ${median.toFixed(1).padStart(7)} ms  (max ${(times[times.length - 1] ?? 0).toFixed(1)} ms, ${found} candidates)`,
  );
}

function main(): void {
  const t0 = performance.now();
  findFigures('twenty consecutive days');
  const startUp = performance.now() - t0;
  const dataset = loadShippedDataset();
  const texts = new Map(dataset.articles.map((a) => [a.id, readArticleText(a.file)]));
  const candidates = new Map<string, FigureCandidate[]>();
  for (const [id, text] of texts) candidates.set(id, findFigures(text));

  // Recall
  const misses: string[] = [];
  let found = 0;
  for (const claim of dataset.claims) {
    const list = candidates.get(claim.articleId) ?? [];
    if (list.some((c) => matches(c, claim))) {
      found++;
      continue;
    }
    const occ = figureOccurrence(claim);
    const text = texts.get(claim.articleId) ?? '';
    const near = occ ? list.filter((c) => c.start < occ.end && occ.start < c.end) : [];
    const proposed = near.length ? near.map((c) => `"${c.text}" ${interval(c.value)}`).join('; ') : 'nothing';
    misses.push(
      `  ${claim.id} ${claim.articleId} "${claim.value.asWritten}" ${interval(claim.value)} — proposed ${proposed}` +
        (occ ? '' : ` (asWritten not in quote: "${text.slice(claim.span[0], claim.span[1])}")`),
    );
  }

  // Precision
  const falsePositives: string[] = [];
  let total = 0;
  let correct = 0;
  for (const [articleId, list] of candidates) {
    const claims = dataset.claims.filter((c) => c.articleId === articleId);
    for (const c of list) {
      total++;
      if (claims.some((claim) => matches(c, claim))) correct++;
      else {
        const text = texts.get(articleId) ?? '';
        const context = text.slice(Math.max(0, c.start - 30), Math.min(text.length, c.end + 30)).replace(/\s+/g, ' ');
        falsePositives.push(`  ${articleId} @${c.start} "${c.text}" ${interval(c.value)} — …${context}…`);
      }
    }
  }

  console.log(`Figure finder against the shipped dataset (${dataset.articles.length} articles, ${dataset.claims.length} claims)`);
  console.log(`  recall    ${pct(found, dataset.claims.length)} (${found}/${dataset.claims.length} claims found)`);
  console.log(`  precision ${pct(correct, total)} (${correct}/${total} candidates match a claim)`);
  console.log(`\nMisses (${misses.length}):`);
  console.log(misses.length ? misses.join('\n') : '  none');
  console.log(`\nFalse positives (${falsePositives.length}):`);
  console.log(falsePositives.length ? falsePositives.join('\n') : '  none');

  // Timings
  const seed = [...texts.values()].join('\n\n');
  let article = '';
  while (article.length < 1_000_000) article += `${seed}\n\n`;
  article = article.slice(0, 1_000_000);
  const oneLine = article.replace(/[\r\n]/g, ' ');
  const nested = `${'('.repeat(10_000)}42${')'.repeat(10_000)}`;
  const nestedMixed = `${'[('.repeat(5_000)}more than 900 raids a day${')]'.repeat(5_000)}`;
  const numberWords = 'twenty one thousand and five hundred forty two, seven dozen, '.repeat(17_000).slice(0, 1_000_000);

  // Worst case for the number recogniser: every window of number words different (seeded, so runs are comparable).
  const vocabulary = [
    'one',
    'two',
    'three',
    'five',
    'eleven',
    'twenty',
    'thirty',
    'forty',
    'hundred',
    'thousand',
    'million',
    'and',
    'dozen',
    'a',
  ];
  let state = 7;
  const random = (): number => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  let randomWords = '';
  while (randomWords.length < 1_000_000)
    randomWords += `${vocabulary[Math.floor(random() * vocabulary.length)] ?? ''}${random() < 0.8 ? ' ' : '-'}`;

  console.log('\nTimings (findFigures, after one warm-up run; median and max of 5 runs):');
  console.log(`  ${'first call (number recogniser start-up)'.padEnd(44)} ${startUp.toFixed(1)} ms`);
  time('seed articles, repeated to 1 MB', article);
  time('same, as a single 1 MB line', oneLine);
  time('100,000 digits in a row', '7'.repeat(100_000));
  time('10,000 nested brackets around a number', nested);
  time('10,000 nested brackets around a figure', nestedMixed);
  time('1 MB of "1 " (one digit run of 500,000 groups)', '1 '.repeat(500_000));
  time('1 MB of "1,000," (comma-grouped run)', '1,000,'.repeat(166_667));
  time('1 MB of number words', numberWords);
  time('1 MB of random number words', randomWords, 1);
  time('1 MB of spaces', ' '.repeat(1_000_000));
}

main();
