import { parse } from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../testing/real-dataset';
import { recordReliability } from '../testing/reliability-log';
import fc from 'fast-check';
import { BOM, CSV_COLUMNS, looksLikeFormula, needsReversibleGuard, toClaimsCsv, unguardCell } from './csv';
import type { Claim, Dataset } from './schema';

const REAL = loadShippedDataset();
const base = REAL.claims[0]!;

function parseCsv(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function cellOf(claim: Claim, column: (typeof CSV_COLUMNS)[number], dataset: Dataset = REAL): string {
  const [header, row] = parseCsv(toClaimsCsv([claim], dataset));
  return row![header!.indexOf(column)]!;
}

describe('toClaimsCsv', () => {
  it('starts with a BOM and a header row, one row per claim', () => {
    const csv = toClaimsCsv(REAL.claims, REAL);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(REAL.claims.length + 1);
  });

  it('resolves names and keeps the figure as written', () => {
    const claim = REAL.claims.find((c) => c.id === 'c-02')!;
    expect(cellOf(claim, 'as written')).toBe(claim.value.asWritten);
    expect(cellOf(claim, 'quote')).toBe('More than 900 raids targeted the city in the past two weeks');
    expect(cellOf(claim, 'claimant')).toBe(REAL.sources.find((s) => s.id === claim.claimantId)!.name);
  });

  const formulas = [
    ['=1+1'],
    ['+1'],
    ['-1'],
    ['@SUM(A1:A2)'],
    ['  =1'],
    ['\u00a0=1'],
    ['\t=1'],
    ['\r=1'],
    ['an ordinary first line\n=HYPERLINK("http://evil.example","click")'],
    ['\uff1d1+1'],
    ['\uff0b1'],
    ['\u200b=1+1'],
    ['\u200d\u2060\ufeff=1'],
    ['an ordinary first line\n\u200b\uff1dHYPERLINK("http://evil.example")'],
  ];
  // Each case counts once it has passed; the reliability summary sees how many formula cells were tried.
  let neutralised = 0;
  afterAll(() => {
    const cases = formulas.length * 3;
    recordReliability({ kind: 'hostile', name: 'csv: formula prefixes', cases, passed: neutralised === cases, crashes: 0, lostRecords: 0 });
  });
  it.each(formulas)('neutralises a cell a spreadsheet would run as a formula: %j', (hostile) => {
    const claim: Claim = { ...base, quote: hostile, notes: hostile, place: hostile };
    for (const column of ['quote', 'notes', 'place'] as const) {
      const cell = cellOf(claim, column);
      expect(cell).toBe(`'${hostile}`);
      neutralised++;
    }
  });

  it('leaves ordinary text alone', () => {
    expect(cellOf({ ...base, notes: 'a = b, and 1-2' }, 'notes')).toBe('a = b, and 1-2');
  });

  it('round-trips a quote with commas, quotes and a line break', () => {
    const quote = 'He said, "more than 900, perhaps 1,000" raids;\nthen "stopped".';
    expect(cellOf({ ...base, quote }, 'quote')).toBe(quote);
  });

  it('falls back to ids when the dataset does not know a source or measure', () => {
    const claim: Claim = { ...base, claimantId: 'nobody', measureId: 'no-measure' };
    expect(cellOf(claim, 'claimant')).toBe('nobody');
    expect(cellOf(claim, 'measure')).toBe('no-measure');
  });
});

describe('reversible formula guard', () => {
  it('round-trips every cell, the guard apostrophe included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', ' ', 'a', '1', '\n') }), (cell) => {
        const written = needsReversibleGuard(cell) ? `'${cell}` : cell;
        expect(unguardCell(written)).toBe(cell);
        // What a spreadsheet sees never starts a formula.
        expect(looksLikeFormula(written.split('\n')[0] ?? '')).toBe(false);
      }),
    );
  });
  it('guards a cell that starts with an apostrophe before a formula', () => {
    expect(needsReversibleGuard("'=1+1")).toBe(true);
    expect(unguardCell("''=1+1")).toBe("'=1+1");
    expect(unguardCell("'=1+1")).toBe('=1+1');
    expect(unguardCell("'tis")).toBe("'tis");
  });
});
