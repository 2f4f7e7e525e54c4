import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../../testing/frictionless/profiles';
import { loadShippedDataset } from '../../testing/real-dataset';
import type { DatasetGrades } from '../grades';
import type { Dataset } from '../schema';
import { fromDataPackage, toDataPackage, unzipDataPackage, zipDataPackage } from './data-package';

const shipped = loadShippedDataset();
const grades: DatasetGrades = {
  claims: [
    { claimId: shipped.claims[0]?.id ?? '', grade: 2, reason: 'Matches the monitor’s count' },
    { claimId: shipped.claims[1]?.id ?? '', grade: 6, reason: '' },
  ],
  sources: [{ sourceId: shipped.sources[0]?.id ?? '', grade: 'C', reason: '=not a formula, a reason' }],
};

/** The shipped dataset with hostile text in the fields a spreadsheet or a CSV reader could trip on. */
function hostile(dataset: Dataset): Dataset {
  const [first, second, ...rest] = dataset.claims;
  if (!first || !second) throw new Error('the shipped dataset has too few claims');
  return {
    ...dataset,
    articles: dataset.articles.map((a, i) =>
      i === 0
        ? { ...a, url: 'https://example.org/a?x=1,2', accessedOn: '2026-01-05', archiveUrl: 'https://archive.example/a', language: 'pt-BR' }
        : a,
    ),
    claims: [
      { ...first, quote: '=HYPERLINK("http://evil","x"), then "quoted", and a\nsecond line', notes: "'=already guarded?" },
      {
        ...second,
        notes: "-5 is a number in text, ''+ two apostrophes",
        caveats: [{ kind: 'scope', note: 'Only the town, "not" the site' }],
      },
      ...rest,
    ],
  };
}

const input = { dataset: hostile(shipped), grades, name: 'Palmyra, 2nd look', title: 'Palmyra, 2nd look', created: '2026-11-30T13:00:00Z' };

describe('toDataPackage', () => {
  const files = toDataPackage(input);
  const descriptor = JSON.parse(files['datapackage.json'] ?? '{}') as { name: string; resources: { path: string; schema: unknown }[] };

  it('writes a descriptor valid against the Tabular Data Package and Data Package profiles', () => {
    expect(validateAgainst('tabularDataPackage', descriptor)).toEqual([]);
    expect(validateAgainst('dataPackage', descriptor)).toEqual([]);
    expect(descriptor.name).toBe('palmyra-2nd-look');
  });

  it('gives every CSV resource a Table Schema valid against the Table Schema profile, naming its columns in order', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      ['articles.csv', 'claim-grades.csv', 'claims.csv', 'measures.csv', 'source-grades.csv', 'sources.csv'].sort(),
    );
    for (const r of descriptor.resources) {
      expect(validateAgainst('tableSchema', r.schema), r.path).toEqual([]);
      const header = (files[r.path] ?? '').split('\r\n')[0];
      expect(header).toBe((r.schema as { fields: { name: string }[] }).fields.map((f) => f.name).join(','));
    }
  });

  it('is refused by the profile when it is broken, so the validation is real', () => {
    expect(validateAgainst('tabularDataPackage', { ...descriptor, resources: [] })).not.toEqual([]);
    expect(validateAgainst('tableSchema', { fields: [{ name: 'x', type: 'no-such-type' }] })).not.toEqual([]);
    expect(validateAgainst('dataPackage', { ...descriptor, name: 'Upper Case' })).not.toEqual([]);
  });

  it('neutralises formulae in the CSV', () => {
    expect(files['claims.csv']).toContain(`"'=HYPERLINK(""http://evil"",""x""), then ""quoted"", and a\nsecond line"`);
    expect(files['source-grades.csv']).toContain(`'=not a formula, a reason`);
  });
});

describe('fromDataPackage', () => {
  it('round-trips a workspace: the claims, every other record and the grades come back equal', () => {
    const back = fromDataPackage(toDataPackage(input));
    if (!back.ok) throw new Error(back.errors.join('\n'));
    expect(back.dataset.claims).toEqual(input.dataset.claims);
    expect(back.dataset.sources).toEqual(input.dataset.sources);
    expect(back.dataset.measures).toEqual(input.dataset.measures);
    expect(back.grades).toEqual(grades);
    // Access date, archived copy and language are article fields: written, and read back as they were.
    expect(toDataPackage(input)['articles.csv']).toContain('2026-01-05,https://archive.example/a');
    expect(back.dataset.articles).toEqual(input.dataset.articles);
  });

  it('round-trips through the zip file', () => {
    const files = toDataPackage(input);
    expect(unzipDataPackage(zipDataPackage(files))).toEqual(files);
  });

  it('reports a missing table or a malformed list, and keeps nothing half-read', () => {
    const files = toDataPackage(input);
    const { 'claims.csv': _claims, ...withoutClaims } = files;
    const missing = fromDataPackage(withoutClaims);
    expect(missing).toEqual({ ok: false, errors: ['claims.csv is missing from the package.'] });
    const broken = fromDataPackage({ ...files, 'sources.csv': (files['sources.csv'] ?? '').replace(/\r\n[^\r\n]*$/, '\r\nx,,outlet,y,,') });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^sources\.csv, row \d+:/);
  });
});
