import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadShippedDataset } from '../../testing/real-dataset';
import { testClaim, testMeasure, testSource } from '../../testing/builders';
import { analyseDataset } from '../analyse';
import { BOM } from '../csv';
import { indexDataset } from '../lookups';
import type { Dataset } from '../schema';
import { claimStatuses, toViewCsv, VIEW_CSV_COLUMNS, viewRows } from './view-csv';

type Row = Record<(typeof VIEW_CSV_COLUMNS)[number], string>;

function read(csv: string): Row[] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = parse<Row>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...VIEW_CSV_COLUMNS]);
  return parsed.data;
}

describe('toViewCsv on the shipped dataset', () => {
  const dataset = loadShippedDataset();
  const index = indexDataset(dataset);
  const group = analyseDataset(dataset).groups.find((g) => g.id === 'air-raids-palmyra-2016');
  if (!group) throw new Error('the air raids comparison is missing from the shipped dataset');

  it('gives each claim its words, bounds, value on the group’s footing and status', () => {
    const rows = read(toViewCsv(viewRows([group]), index));
    const raids = rows.find((r) => r['as written'] === 'More than 900');
    const sorties = rows.find((r) => r['as written'] === '20 to 25');
    expect(raids).toMatchObject({
      'measure compared': group.label,
      claimant: 'Palmyra Revolution Coordination',
      low: '900',
      high: '',
      'low inclusive': 'false',
      'compared as': 'more than about 64 raids a day',
      'compared unit': 'raids a day',
      status: 'contradicts',
    });
    expect(Number(raids?.['compared low'])).toBeCloseTo(900 / 14, 6);
    expect(raids?.['how it was converted']).not.toBe('');
    expect(sorties).toMatchObject({ low: '20', high: '25', 'compared as': '20–25 sorties a day', status: 'contradicts' });
  });

  it('writes the analyst’s grades with their labels and reasons, and ignores values off the scale', () => {
    const sorties = group.entries.find((e) => e.claimantId === 'russian-defence-ministry');
    if (!sorties) throw new Error('no Defence Ministry figure');
    const grades = {
      claims: new Map([[sorties.claimId, { grade: 4, reason: 'Only the ministry says so' }]]),
      sources: new Map([
        ['russian-defence-ministry', { grade: 'D', reason: 'Party to the fighting' }],
        ['palmyra-revolution-coordination', { grade: 'Z', reason: 'not a grade' }],
      ]),
    };
    const rows = read(toViewCsv(viewRows([group]), index, grades));
    const row = rows.find((r) => r['claim id'] === sorties.claimId);
    expect(row?.['your credibility grade']).toBe('4: Doubtful');
    expect(row?.['credibility reason']).toBe('Only the ministry says so');
    expect(row?.['your reliability grade for the claimant']).toBe('D: Not usually reliable');
    expect(rows.find((r) => r.claimant === 'Palmyra Revolution Coordination')?.['your reliability grade for the claimant']).toBe('');
  });
});

describe('statuses and formula safety', () => {
  const dataset: Dataset = {
    articles: [],
    sources: ['a', 'b', 'c', 'd'].map((id) => testSource(id)),
    measures: [testMeasure({ id: 'm' }), testMeasure({ id: 'lonely' })],
    claims: [
      testClaim('a', 'm', 10, 12, { id: 'a1', quote: '=HYPERLINK("http://evil","x")' }),
      testClaim('b', 'm', 11, 13, { id: 'b1' }),
      testClaim('c', 'm', 100, 100, { id: 'c1' }),
      testClaim('d', 'm', 5, null, { id: 'd1' }),
      testClaim('a', 'lonely', 3, 3, { id: 'l1' }),
    ],
  };
  const analysis = analyseDataset(dataset);
  const index = indexDataset(dataset);

  it('names contradicts, corroborates, compatible and alone from the engine’s evidence', () => {
    const m = analysis.groups.find((g) => g.id === 'm');
    const lonely = analysis.groups.find((g) => g.id === 'lonely');
    if (!m || !lonely) throw new Error('groups missing');
    const s = claimStatuses(m);
    // a1 and b1 overlap and are firm but c1 contradicts both, so each counts as contradicted; d1 ("at least 5") is open.
    expect(s.get('c1')).toBe('contradicts');
    expect(s.get('a1')).toBe('contradicts');
    expect(s.get('d1')).toBe('compatible');
    expect(claimStatuses(lonely).get('l1')).toBe('alone');
    const without = analyseDataset({ ...dataset, claims: dataset.claims.filter((c) => c.id !== 'c1') }).groups.find((g) => g.id === 'm');
    if (!without) throw new Error('group missing');
    expect(claimStatuses(without).get('a1')).toBe('corroborates');
  });

  it('neutralises a quote that a spreadsheet would run as a formula', () => {
    const rows = read(toViewCsv(viewRows(analysis.groups), index));
    expect(rows.find((r) => r['claim id'] === 'a1')?.quote).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows).toHaveLength(dataset.claims.length);
  });
});
