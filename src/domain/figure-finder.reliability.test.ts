// Fuzzing the figure finder with random and pathological text. It must never throw, every candidate must sit exactly at
// its offsets, and the work it does must stay proportional to the text: counted in candidates, not timed (timings
// belong to the benchmarks).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzz } from '../testing/fuzz';
import { HOSTILE_STRINGS } from '../testing/hostile-strings';
import { recordReliability } from '../testing/reliability-log';
import { findFigures } from './figure-finder';

/** A figure the finder always proposes: appended after hostile text, it shows the run was not cut short by a swallowed error. */
const SENTINEL = ' Activists said more than 900 raids hit the city.';

function checkCandidates(text: string): void {
  const found = findFigures(text);
  // Work proportional to the text: at most one candidate per character, each inside the text and in order.
  expect(found.length).toBeLessThanOrEqual(text.length);
  let last = -1;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeLessThan(c.end);
    expect(c.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    last = c.start;
  }
}

/** The finder catches its own errors and returns nothing; the sentinel figure proves a real run happened. */
function expectSentinelFound(text: string): void {
  const withSentinel = text + SENTINEL;
  checkCandidates(withSentinel);
  const found = findFigures(withSentinel);
  expect(found.some((c) => c.text.startsWith('more than 900') && c.value.low === 900)).toBe(true);
}

const PATHOLOGICAL: [string, () => string][] = [
  ['100,000 digits', () => '7'.repeat(100_000)],
  ['100,000 digits with separators', () => '1,000'.repeat(20_000)],
  ['10,000 nested brackets', () => '('.repeat(10_000) + '42' + ')'.repeat(10_000)],
  ['10,000 nested square brackets', () => '['.repeat(10_000) + ']'.repeat(10_000)],
  ['a 200,000-character line', () => 'x'.repeat(200_000)],
  ['50,000 number words', () => 'twenty '.repeat(50_000)],
  ['20,000 qualifiers', () => 'more than at least about '.repeat(5_000) + '12'],
  ['20,000 range links', () => '1 to 2 to 3 to '.repeat(5_000)],
  ['20,000 percent signs', () => '5%'.repeat(20_000)],
  ['alternating digits and spaces', () => '1 '.repeat(50_000)],
  ['thin and non-breaking spaces in numbers', () => '1\u2009000\u00a0000\u202f'.repeat(10_000)],
  ['100,000 line breaks', () => '\n'.repeat(100_000)],
  ['lone surrogates', () => '\ud800\udc00\ud800 12 \udfff'.repeat(5_000)],
  ['decimal points', () => '1.'.repeat(50_000)],
  ['dates', () => '2016-03-22 '.repeat(10_000)],
];

describe('findFigures under fuzzing', () => {
  it('never throws on random text, and every candidate sits at its offsets', async () => {
    await fuzz(
      'figure finder: random strings',
      fc.string({ unit: 'binary', maxLength: 400 }),
      (text) => {
        checkCandidates(text);
      },
      { numRuns: 2_000 },
    );
  });

  it('proposes the figure after any random text: no silent failure', async () => {
    await fuzz(
      'figure finder: random text before a known figure',
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      (text) => {
        expectSentinelFound(`${text}.\n`);
      },
      { numRuns: 1_000 },
    );
  });

  it('copes with text made of figure-like pieces', async () => {
    const piece = fc.constantFrom(
      '1',
      '20',
      '000',
      ',',
      '.',
      ' ',
      '-',
      '–',
      'to',
      'and',
      'more than',
      'about',
      'dozens',
      '%',
      'a day',
      '(',
      ')',
      '\u00a0',
      'hundred',
      'thousand',
      'million',
    );
    await fuzz(
      'figure finder: figure-like pieces',
      fc.array(piece, { maxLength: 200 }).map((p) => p.join('')),
      (text) => {
        checkCandidates(text);
      },
      { numRuns: 1_000 },
    );
  });

  it.each(PATHOLOGICAL)('survives %s and still proposes the figure after it', (name, build) => {
    let passed = false;
    try {
      expectSentinelFound(`${build()}\n`);
      passed = true;
    } finally {
      recordReliability({ kind: 'fuzz', name: `figure finder: ${name}`, cases: 1, passed, crashes: 0, lostRecords: 0 });
    }
  });

  it('treats every hostile string as text', () => {
    let passed = false;
    try {
      for (const hostile of HOSTILE_STRINGS) expectSentinelFound(`${hostile}\n`);
      passed = true;
    } finally {
      recordReliability({
        kind: 'hostile',
        name: 'figure finder: hostile strings',
        cases: HOSTILE_STRINGS.length,
        passed,
        crashes: 0,
        lostRecords: 0,
      });
    }
  });
});
