import { describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import type { BundleContent } from '../bundle';
import { BOM, toClaimsCsv } from '../csv';
import { toDataPackage } from '../exports/data-package';
import { NO_GRADES } from '../grades';
import { LIMITS, type Claim } from '../schema';
import { proposeMapping, mappingProblems, type CsvMapping } from './mapping';
import { previewCsvImport } from './preview';
import { formatCsvError, readCsvTable, type CsvTable } from './read-table';
import { csvRowsToClaims } from './to-claims';

const REAL = loadShippedDataset();
const TEXTS = new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)]));
/** The shipped records without their claims: the workspace a CSV of claims goes into. */
const NO_CLAIMS: BundleContent = { dataset: { ...REAL, claims: [] }, texts: TEXTS, grades: NO_GRADES };
const FULL: BundleContent = { dataset: REAL, texts: TEXTS, grades: NO_GRADES };

const HEADER = 'claim id,article,quote,claimant,measure,as written,low,high,place';
const GOOD =
  'x-1,a-000,More than 900 raids targeted the city in the past two weeks,Palmyra Revolution Coordination,air-raids-palmyra-2016,More than 900,900,,Palmyra';

function table(text: string, fileName = 'claims.csv'): CsvTable {
  const read = readCsvTable(text, fileName);
  if (!read.ok) throw new Error(read.errors.map(formatCsvError).join('\n'));
  return read.table;
}

/** Reads, maps by header and previews, as the panel does. */
function preview(text: string, current: BundleContent = NO_CLAIMS, mapping?: CsvMapping) {
  const t = table(text);
  return previewCsvImport(t, mapping ?? proposeMapping(t.headers), current);
}

const messages = (text: string, current: BundleContent = NO_CLAIMS) => preview(text, current).errors.map(formatCsvError);

describe('readCsvTable', () => {
  it('drops a byte order mark and numbers rows as a spreadsheet does, blank lines included', () => {
    const t = table(`${BOM}${HEADER}\r\n\r\n${GOOD}\r\n`);
    expect(t.headers[0]).toBe('claim id');
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(table(HEADER.replaceAll(',', ';') + '\n' + GOOD.replaceAll(',', ';')).delimiter).toBe(';');
    expect(table(HEADER.replaceAll(',', '\t') + '\n' + GOOD.replaceAll(',', '\t')).delimiter).toBe('\t');
  });

  it('keeps a cell with commas, quotes and line breaks whole when it is quoted, and counts it as one row', () => {
    const t = table(`a,b\n"one, ""two""\nthree",x\nlast,y`);
    expect(t.rows).toEqual([
      { row: 2, cells: ['one, "two"\nthree', 'x'] },
      { row: 3, cells: ['last', 'y'] },
    ]);
  });

  it('refuses an empty file, a header with no rows, and rows of the wrong width, naming the row', () => {
    const refuse = (text: string) => {
      const read = readCsvTable(text, 'f.csv');
      return read.ok ? [] : read.errors.map(formatCsvError);
    };
    expect(refuse(' \n')).toEqual(['f.csv: the file is empty: expected a header row naming the columns, then one row per claim']);
    expect(refuse(`${HEADER}\n`)).toEqual(['f.csv: the file has a header row but no claims below it']);
    expect(refuse(`${HEADER}\n${GOOD}\n${GOOD},extra`)).toEqual([
      'f.csv › row 3: this row has 10 cells but the header has 9 columns (the file is separated by commas); a cell may hold an unquoted “,”',
    ]);
  });

  it('refuses a quoted cell left open', () => {
    const read = readCsvTable(`a,b\n"open,x\n`, 'f.csv');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(formatCsvError(read.errors[0]!)).toMatch(/^f\.csv › row 2: a quoted cell is not closed or has stray quote marks/);
  });

  it('refuses a file over the record limit without reading past it', () => {
    const text = `a\n${'1\n'.repeat(LIMITS.records + 1)}`;
    const read = readCsvTable(text, 'big.csv');
    expect(read.ok ? [] : read.errors.map(formatCsvError)).toEqual([
      'big.csv: the file has more than 1,000,000 rows, the limit; nothing was read',
    ]);
  });
});

describe('proposeMapping', () => {
  it('maps headers by name, whatever their case, spaces or underscores; unknown and repeated headers are ignored', () => {
    expect(proposeMapping(['Claim_ID', ' QUOTE ', 'value-low', 'unit', 'quote'])).toEqual(['id', 'quote', 'low', null, null]);
  });

  it('names what a mapping lacks or doubles', () => {
    expect(mappingProblems(['quote', 'text'], ['quote', 'quote'])).toEqual([
      'No column fills “article”, which every claim needs: choose one.',
      'No column fills “claimant”, which every claim needs: choose one.',
      'No column fills “measure”, which every claim needs: choose one.',
      'No column fills “as written”, which every claim needs: choose one.',
      'No column fills “place”, which every claim needs: choose one.',
      'No column fills “low” or “high”: every figure needs at least one bound (or an interpretation of a vague word).',
      'Columns “quote” and “text” both fill “quote”: set one of them to “ignore”.',
    ]);
  });
});

describe('the app’s own exports import back', () => {
  it('the claims table of the data package maps fully and gives back every claim exactly', () => {
    const csv = toDataPackage({ dataset: REAL, grades: NO_GRADES, name: 'p', title: 'p', created: '2020-01-01T00:00:00Z' })['claims.csv']!;
    const t = table(csv);
    const mapping = proposeMapping(t.headers);
    expect(mapping).not.toContain(null);
    const p = previewCsvImport(t, mapping, NO_CLAIMS);
    expect(p.summary).toBe('50 claims ready to import.');
    expect(p.claims).toEqual(REAL.claims);
  });

  it('the claims CSV (names, not ids) maps by itself and gives back every figure, quote and reference', () => {
    const t = table(toClaimsCsv(REAL.claims, REAL));
    const mapping = proposeMapping(t.headers);
    // Only the columns derived from other records are left out.
    expect(t.headers.filter((_, i) => mapping[i] === null)).toEqual(['unit', 'published', 'article url']);
    const p = previewCsvImport(t, mapping, NO_CLAIMS);
    expect(p.errors).toEqual([]);
    // The claims CSV does not carry evidence, caveats or whether a period is approximate.
    const carried = (c: Claim) => ({
      ...c,
      period: c.period && { from: c.period.from, to: c.period.to },
      statedOnEvidence: '',
      caveats: undefined,
    });
    expect(p.claims?.map(carried)).toEqual(REAL.claims.map(carried));
  });

  it('into the workspace the claims came from, each one replaces itself', () => {
    expect(preview(toClaimsCsv(REAL.claims.slice(0, 2), REAL), FULL).summary).toBe(
      '2 claims ready to import (2 replace claims with the same id).',
    );
  });
});

describe('previewCsvImport', () => {
  it('reads a hand-made row: names resolved to ids, the outlet taken from the article, the quote located in its text', () => {
    const p = preview(`${HEADER}\n${GOOD}`);
    expect(p.summary).toBe('1 claim ready to import.');
    expect(p.description).toBe('1 row below the header, separated by commas.');
    expect(p.claims).toEqual([
      expect.objectContaining({
        id: 'x-1',
        articleId: 'a-000',
        claimantId: 'palmyra-revolution-coordination',
        outletId: 'now',
        span: [915, 974],
        value: {
          low: 900,
          high: null,
          lowInclusive: true,
          highInclusive: false,
          approximate: false,
          asWritten: 'More than 900',
          interpretation: null,
        },
        context: false,
      }),
    ]);
    expect(p.sample[0]?.cells.slice(0, 2)).toEqual([
      { label: 'claim id', value: 'x-1' },
      { label: 'article', value: 'a-000' },
    ]);
  });

  it('names the row and the field of the one bad row, and imports nothing', () => {
    const bad = GOOD.replace(',900,', ',nine hundred,');
    const p = preview(`${HEADER}\n${GOOD.replace('x-1', 'x-0')}\n${bad}`);
    expect(p.claims).toBeNull();
    expect(p.summary).toBe('1 row has problems: nothing will be imported.');
    expect(p.errors.map(formatCsvError)).toEqual(['claims.csv › row 3 › low: expected a number such as 900 or 12.5, not "nine hundred"']);
  });

  it('names the CSV column when its header is not the field’s name', () => {
    const text = `${HEADER.replace('low', 'Value_Low')}\n${GOOD.replace(',900,', ',1,200,').replace('Palmyra"', '')}`;
    // "1,200" unquoted splits into two cells: the row's width is the problem, not the number.
    expect(readCsvTable(text, 'f.csv').ok).toBe(false);
    expect(messages(`${HEADER.replace('low', 'Value_Low')}\n${GOOD.replace(',900,', ',"1,200",')}`)).toEqual([
      'claims.csv › row 2 › low (column “Value_Low”): expected a number such as 900 or 12.5, not "1,200" (write it without thousands separators)',
    ]);
  });

  it('reads decimal commas in a semicolon-separated file', () => {
    const semi = `${HEADER.replaceAll(',', ';')}\n${GOOD.replaceAll(',', ';').replace(';900;', ';900,5;')}`;
    expect(preview(semi).claims?.[0]?.value.low).toBe(900.5);
  });

  it('refuses references the workspace lacks, and names that fit several records', () => {
    const ambiguous: BundleContent = {
      ...NO_CLAIMS,
      dataset: { ...NO_CLAIMS.dataset, sources: [...REAL.sources, { ...REAL.sources[0]!, id: 'now-2' }] },
    };
    const row = GOOD.replace('a-000', 'a-999')
      .replace('Palmyra Revolution Coordination', 'Nobody')
      .replace('air-raids-palmyra-2016', 'Raids');
    expect(messages(`${HEADER}\n${row}`)).toEqual([
      'claims.csv › row 2 › article: there is no article "a-999" in the open workspace (looked up by id and by title): add it first, or correct the cell',
      'claims.csv › row 2 › claimant: there is no source "Nobody" in the open workspace (looked up by id and by name): add it first, or correct the cell',
      'claims.csv › row 2 › measure: there is no measure "Raids" in the open workspace (looked up by id and by label): add it first, or correct the cell',
    ]);
    expect(messages(`${HEADER}\n${GOOD.replace('Palmyra Revolution Coordination', 'NOW')}`, ambiguous)).toEqual([
      'claims.csv › row 2 › claimant: "NOW" is the name of 2 sources (now, now-2): write the id instead',
    ]);
  });

  it('refuses a quote not in the article word for word, cut short in the message', () => {
    const long = 'The city fell. '.repeat(10);
    expect(messages(`${HEADER}\n${GOOD.replace('More than 900 raids targeted', long)}`)).toEqual([
      `claims.csv › row 2 › quote: "${'The city fell. '.repeat(10).slice(0, 80)}…" (181 characters) is not in the text of article "a-000" word for word`,
    ]);
  });

  it('asks for a span when the quote occurs more than once, and checks a span it is given', () => {
    const header = `${HEADER},span start,span end`;
    expect(messages(`${HEADER}\n${GOOD.replace('More than 900 raids targeted the city in the past two weeks', 'raids')}`)).toEqual([
      'claims.csv › row 2 › quote: occurs 2 times in the text of article "a-000" (at 929, 1124): add span start and span end to say which',
    ]);
    expect(messages(`${header}\n${GOOD},1,60`)).toEqual([
      'claims.csv › row 2 › span start: the text of article "a-000" at 1–60 is not this quote; it occurs at 915–974',
    ]);
    expect(messages(`${header}\n${GOOD},915,`)).toEqual(['claims.csv › row 2 › span end: give both span start and span end, or neither']);
    expect(preview(`${header}\n${GOOD},915,974`).claims?.[0]?.span).toEqual([915, 974]);
  });

  it('reads formula-looking cells as the text they hold, with an export’s guard apostrophe dropped', () => {
    const p = preview(`${HEADER},notes\n${GOOD},"'=HYPERLINK(""http://x"")"\n${GOOD.replace('x-1', 'x-2')},@SUM(A1)`);
    expect(p.claims?.map((c) => c.notes)).toEqual(['=HYPERLINK("http://x")', '@SUM(A1)']);
  });

  it('says which dates, booleans and rates it cannot read', () => {
    const header = `${HEADER},stated on,approximate,per`;
    expect(messages(`${header}\n${GOOD},22/03/2016,maybe,week`)).toEqual([
      'claims.csv › row 2 › stated on: expected a date written year-month-day, such as 2016-03-22, not "22/03/2016" (a spreadsheet may have reformatted it: format the column as text)',
      'claims.csv › row 2 › approximate: expected true or false (or yes or no), not "maybe"',
      'claims.csv › row 2 › per: expected “day” for a figure per day, or nothing, not "week"',
    ]);
  });

  it('catches what only the whole workspace shows: a stated date after the article, a repeated id', () => {
    expect(messages(`${HEADER},stated on\n${GOOD},2030-01-01\n${GOOD},`)).toEqual([
      'claims.csv › row 3 › claim id: "x-1" is also the id on row 2: each claim needs its own',
    ]);
    expect(messages(`${HEADER},stated on\n${GOOD},2030-01-01`)).toEqual([
      'claims.csv › row 2 › stated on: stated on 2030-01-01, after the article was published (2016-03-23)',
    ]);
  });

  it('gives claims without an id one from their row, never an id the workspace holds', () => {
    const p = preview(`${HEADER}\n${GOOD.replace('x-1', '')}`);
    expect(p.claims?.[0]?.id).toBe('csv-row-2');
  });

  it('reads a vague word by its rule and takes the rule’s bounds', () => {
    const row = GOOD.replace(
      'More than 900 raids targeted the city in the past two weeks',
      'We are seeing hundreds of rockets and shells a day',
    )
      .replace('air-raids-palmyra-2016', 'rockets-shells-palmyra-2016')
      .replace('More than 900,900,', 'hundreds,,');
    const p = preview(`${HEADER},interpretation\n${row},'hundreds' read as at least 200`);
    expect(p.errors).toEqual([]);
    expect(p.claims?.[0]?.value).toEqual({
      low: 200,
      high: null,
      lowInclusive: true,
      highInclusive: false,
      approximate: false,
      asWritten: 'hundreds',
      interpretation: { rule: 'hundreds', reading: "'hundreds' read as at least 200" },
    });
    expect(messages(`${HEADER},interpretation\n${row},'hundreds' read as at most 3`)).toEqual([
      'claims.csv › row 2 › interpretation: "\'hundreds\' read as at most 3" is not the reading of any interpretation rule the app knows',
    ]);
  });

  it('stops at 100 errors and says how many more there are', () => {
    const rows = Array.from({ length: 150 }, (_, i) => GOOD.replace('x-1', `x-${i}`).replace(',900,', ',lots,'));
    const p = preview(`${HEADER}\n${rows.join('\n')}`);
    expect(p.errors).toHaveLength(100);
    // The 101st problem is counted, then checking stops: 49 rows are never looked at.
    expect(p.more).toEqual({ atLeast: 1, unchecked: 49 });
    expect(p.summary).toBe('At least 100 rows have problems: nothing will be imported.');
  });

  it('with a field left unmapped, says so and checks no row', () => {
    const t = table(`${HEADER}\n${GOOD}`);
    const mapping = proposeMapping(t.headers).map((f) => (f === 'place' ? null : f));
    const p = previewCsvImport(t, mapping, NO_CLAIMS);
    expect(p.mappingProblems).toEqual(['No column fills “place”, which every claim needs: choose one.']);
    expect(p.summary).toBe('Choose the columns below: nothing will be imported until every field a claim needs has one.');
    expect(p.claims).toBeNull();
  });
});

describe('csvRowsToClaims', () => {
  it('names an empty required cell', () => {
    const t = table(`${HEADER}\n${GOOD.slice(0, -'Palmyra'.length)}`);
    const read = csvRowsToClaims(t, proposeMapping(t.headers), NO_CLAIMS);
    expect(read.ok ? [] : read.errors.map(formatCsvError)).toEqual([
      'claims.csv › row 2 › place: is empty: every claim needs the place the figure is about',
    ]);
  });
});
