// Benchmark of the figure finder (src/domain/figure-finder.ts) and the claim suggestions (src/domain/suggest) against the
// shipped dataset and the bench corpus (scripts/bench/finder-corpus.ts), plus timings.
// Usage: npm run bench:finder [-- --quiet] [-- --no-build] [-- --no-browser]
//
// recall, precision, intervals read exactly, claimant and measure suggestions: see scripts/bench/finder-eval.ts and
// docs/figure-finder.md. Pass --quiet to print the scores without the lists of misses.
// Then counts, in the production build in headless Chromium, the keystrokes and actions a claim takes through the review
// table when the suggestions are right (scripts/bench/review-keystrokes.ts); --no-browser skips that, --no-build reuses dist/.
// Then times (median of 5 runs after a warm-up) a 1 MB article (the seed texts repeated), the same as a single 1 MB line, and pathological inputs.
import { performance } from 'node:perf_hooks';
import { findFigures } from '../src/domain/figure-finder';
import type { Claim, Measure, Source } from '../src/domain/schema';
import { loadShippedDataset, readArticleText } from '../src/testing/real-dataset';
import { launchBrowser } from './bench/browser';
import { DIST, ensureBuild } from './bench/build';
import { measureReview, reviewArticles, reviewReport } from './bench/review-keystrokes';
import { serveBuild, snapshotBuild } from './bench/server';
import { CORPUS_SOURCES, corpusArticles } from './bench/finder-corpus';
import { evaluate, pct, type CorpusResult, type GoldArticle, type GoldFigure } from './bench/finder-eval';

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

/** The shipped dataset as gold articles: each claim's figure words inside its quote, its interval, claimant and measure. */
function shippedGold(): { articles: GoldArticle[]; sources: Source[]; measures: Measure[]; claims: Claim[] } {
  const dataset = loadShippedDataset();
  const articles: GoldArticle[] = dataset.articles.map((a) => {
    const claims = dataset.claims.filter((c) => c.articleId === a.id);
    const figures: GoldFigure[] = [];
    for (const claim of claims) {
      const occ = figureOccurrence(claim);
      if (!occ) continue;
      figures.push({
        start: occ.start,
        end: occ.end,
        asWritten: claim.value.asWritten,
        value: claim.value,
        claimant: claim.claimantId,
        attributed: claim.claimantId !== a.outlet,
        measureId: claim.measureId,
      });
    }
    return {
      id: a.id,
      text: readArticleText(a.file),
      outletId: a.outlet,
      date: a.publishedAt,
      language: 'en',
      place: claims[0]?.place ?? '',
      figures,
    };
  });
  return { articles, sources: dataset.sources, measures: dataset.measures, claims: dataset.claims };
}

function report(title: string, r: CorpusResult, verbose: boolean): void {
  console.log(`${title} (${r.articles} articles, ${r.recall.d} gold figures)`);
  console.log(`  recall                 ${pct(r.recall)}`);
  console.log(`  precision              ${pct(r.precision)}`);
  console.log(`  intervals read exactly ${pct(r.intervals)} of the gold figures a candidate overlaps`);
  console.log(
    `  claimant suggestions   ${pct(r.claimant)} of found figures; ${pct(r.claimantAttributed)} of those attributed to someone other than the outlet`,
  );
  if (r.measure) console.log(`  measure suggestions    ${pct(r.measure)} (leave-one-article-out)`);
  if (!verbose) return;
  const list = (label: string, lines: string[]) => {
    console.log(`\n  ${label} (${lines.length}):`);
    console.log(lines.length ? lines.join('\n') : '    none');
  };
  list('Misses', r.misses);
  list('False positives', r.falsePositives);
  list('Intervals read wrong', r.wrongIntervals);
  list('Claimants suggested wrong', r.wrongClaimants);
  if (r.measure) list('Measures suggested wrong', r.wrongMeasures);
}

/** The review-table part: in the browser, on a private copy of the build; a failure is printed, and fails the bench. */
async function reviewInBrowser(build: boolean): Promise<boolean> {
  console.log('Review table (production build, headless Chromium; shipped articles pasted into a copy of the published dataset)');
  const buildError = ensureBuild(build, 'bench:finder');
  if (buildError !== null) {
    console.error(buildError);
    return false;
  }
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const copy = snapshotBuild(DIST);
  const server = await serveBuild(copy.dir);
  const browser = await launchBrowser();
  try {
    const figures = await measureReview(browser, server.url, reviewArticles(loadShippedDataset()));
    for (const line of reviewReport(figures)) console.log(line);
    return figures.problems.length === 0 && figures.accepted > 0;
  } catch (e) {
    console.error(`  the review could not be measured: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  } finally {
    await browser.close();
    await server.close();
    copy.dispose();
  }
}

async function main(): Promise<number> {
  const verbose = !process.argv.includes('--quiet');
  const t0 = performance.now();
  findFigures('twenty consecutive days');
  const startUp = performance.now() - t0;
  const shipped = shippedGold();
  const texts = new Map(shipped.articles.map((a) => [a.id, a.text]));
  report('Shipped dataset', evaluate(shipped.articles, shipped), verbose);
  console.log('');
  report(
    'Bench corpus (wire and web style, English, French, Spanish, Portuguese, German, Arabic)',
    evaluate(corpusArticles(), { sources: CORPUS_SOURCES }),
    verbose,
  );
  console.log('');
  const reviewed = process.argv.includes('--no-browser') ? true : await reviewInBrowser(!process.argv.includes('--no-build'));
  console.log('');

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
  return reviewed ? 0 : 1;
}

process.exitCode = await main();
