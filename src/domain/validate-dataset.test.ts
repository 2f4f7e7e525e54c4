import { describe, expect, it } from 'vitest';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { MAX_ARTICLE_CHARS } from './article-text-rules';
import { LIMITS, type Dataset } from './schema';
import { describeMoreErrors, formatDatasetError, MAX_ERRORS, validateDataset, type DatasetError } from './validate-dataset';

const REAL = loadShippedDataset();
const TEXTS: ReadonlyMap<string, string> = new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)]));

// Mutable copies typed loosely: broken records are by definition not valid Dataset records.
type Loose = Record<string, unknown>;
type LooseDataset = { articles: Loose[]; sources: Loose[]; measures: Loose[]; claims: Loose[] };

function broken(mutate: (d: LooseDataset) => void, texts: ReadonlyMap<string, string> = TEXTS): DatasetError[] {
  const copy = structuredClone(REAL) as unknown as LooseDataset;
  mutate(copy);
  const result = validateDataset(copy, texts);
  if (result.ok) throw new Error('expected the broken copy to fail');
  return result.errors;
}

function only(errors: DatasetError[]): Omit<DatasetError, 'message'> {
  expect(errors, errors.map(formatDatasetError).join('\n')).toHaveLength(1);
  const { file, recordId, field } = errors[0]!;
  return { file, recordId, field };
}

const byId = (list: Loose[], id: string): Loose => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
const firstClaim = (pred: (c: Dataset['claims'][number]) => boolean): string => {
  const c = REAL.claims.find(pred);
  if (!c) throw new Error('no such claim');
  return c.id;
};
const value = (r: Loose) => r.value as Loose;

const PLAIN = firstClaim(
  (c) => c.value.interpretation === null && c.value.low !== null && c.value.high !== null && c.value.low < c.value.high,
);
const DOZENS = firstClaim((c) => c.value.interpretation?.rule === 'dozens');
const WITH_PERIOD = firstClaim((c) => c.period !== null);
const WITH_VIA = firstClaim((c) => c.via.length > 0);

describe('validateDataset on the shipped dataset', () => {
  it('finds zero errors', () => {
    const result = validateDataset(REAL, TEXTS);
    expect(result.ok ? [] : result.errors.map(formatDatasetError)).toEqual([]);
  });

  it('finds every claim quote verbatim at its span in the real article files', () => {
    const fileOf = new Map(REAL.articles.map((a) => [a.id, a.file]));
    for (const c of REAL.claims) {
      const text = readArticleText(fileOf.get(c.articleId)!);
      expect(text.slice(c.span[0], c.span[1]), c.id).toBe(c.quote);
    }
  });
});

describe('validateDataset reports each kind of error at its record and field', () => {
  it('a schema error names the record and the field path', () => {
    const errors = broken((d) => {
      value(byId(d.claims, PLAIN)).low = 'nine hundred';
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'value.low' });
  });

  it('a record without an id is named by its index', () => {
    const errors = broken((d) => {
      delete d.sources[3]!.id;
    });
    // The id-less source also drops out of the references, so look only at the schema error.
    expect(errors).toContainEqual(expect.objectContaining({ file: 'sources.json', recordId: null, field: '[3].id' }));
  });

  it('a file that is not an array is an error on the file', () => {
    const errors = validateDataset({ ...REAL, measures: { not: 'an array' } }, TEXTS);
    expect(errors.ok).toBe(false);
    if (!errors.ok) expect(errors.errors).toContainEqual(expect.objectContaining({ file: 'measures.json', recordId: null, field: '' }));
  });

  it.each(['articles', 'sources', 'measures', 'claims'] as const)('a duplicate id in %s.json', (file) => {
    const errors = broken((d) => {
      d[file].push(structuredClone(d[file][0]!));
    });
    expect(only(errors)).toEqual({ file: `${file}.json`, recordId: REAL[file][0]!.id, field: 'id' });
  });

  it('a quote that is not at its span', () => {
    const errors = broken((d) => {
      const span = byId(d.claims, PLAIN).span as [number, number];
      byId(d.claims, PLAIN).span = [span[0] + 1, span[1] + 1];
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'span' });
    expect(errors[0]!.message).toMatch(/the quote occurs at/);
  });

  it('a quote that does not occur in the text at all', () => {
    const errors = broken((d) => {
      byId(d.claims, PLAIN).quote = 'words the article never printed';
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'span' });
    expect(errors[0]!.message).toMatch(/does not occur/);
  });

  it('a span past the end of the text', () => {
    const errors = broken((d) => {
      byId(d.claims, PLAIN).span = [1_000_000, 1_000_010];
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'span' });
  });

  it('a missing article text file names the file and the article', () => {
    const article = REAL.articles[0]!;
    const texts = new Map(TEXTS);
    texts.delete(article.file);
    const errors = broken(() => {}, texts);
    expect(only(errors)).toEqual({ file: article.file, recordId: article.id, field: 'file' });
  });

  it.each([
    ['articleId', (c: Loose): void => void (c.articleId = 'no-such-article')],
    ['claimantId', (c: Loose): void => void (c.claimantId = 'no-such-source')],
    ['measureId', (c: Loose): void => void (c.measureId = 'no-such-measure')],
    ['via.0', (c: Loose): void => void ((c.via as string[])[0] = 'no-such-source')],
  ] as const)('an unknown reference in claim.%s', (field, mutate) => {
    const errors = broken((d) => mutate(byId(d.claims, WITH_VIA)));
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: WITH_VIA, field });
  });

  it('an unknown claim.outletId', () => {
    const errors = broken((d) => {
      byId(d.claims, PLAIN).outletId = 'no-such-outlet';
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'outletId' });
  });

  it('a claim.outletId that is not its article’s outlet', () => {
    const claim = REAL.claims.find((c) => c.id === PLAIN)!;
    const other = REAL.articles.find((a) => a.id !== claim.articleId && a.outlet !== claim.outletId)!;
    const errors = broken((d) => {
      byId(d.claims, PLAIN).outletId = other.outlet;
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'outletId' });
  });

  it('an unknown article.outlet, and an outlet that is not of kind "outlet"', () => {
    const article = REAL.articles[0]!;
    // Only the article is changed; its claims keep the old outletId, which is reported too.
    const unknown = broken((d) => {
      d.articles[0]!.outlet = 'no-such-outlet';
    });
    expect(unknown).toContainEqual(expect.objectContaining({ file: 'articles.json', recordId: article.id, field: 'outlet' }));
    const wrongKind = broken((d) => {
      d.articles[0]!.outlet = 'sohr';
    });
    expect(wrongKind).toContainEqual(expect.objectContaining({ file: 'articles.json', recordId: article.id, field: 'outlet' }));
  });

  it('an unknown source.parentId, a self parent and a parent loop', () => {
    const child = REAL.sources.find((s) => s.parentId !== null)!;
    expect(
      only(
        broken((d) => {
          byId(d.sources, child.id).parentId = 'no-such-source';
        }),
      ),
    ).toEqual({ file: 'sources.json', recordId: child.id, field: 'parentId' });
    expect(
      only(
        broken((d) => {
          byId(d.sources, child.id).parentId = child.id;
        }),
      ),
    ).toEqual({ file: 'sources.json', recordId: child.id, field: 'parentId' });
    const loop = broken((d) => {
      byId(d.sources, child.parentId!).parentId = child.id;
    });
    expect(loop.map((e) => [e.recordId, e.field]).sort()).toEqual([
      [child.id, 'parentId'],
      [child.parentId, 'parentId'],
    ]);
  });

  it('an unknown comparableWith measure, a scale without factor and a complement without totals', () => {
    const measure = REAL.measures.find((m) => m.comparableWith.length > 0)!;
    const cmp = (d: LooseDataset) => (byId(d.measures, measure.id).comparableWith as Loose[])[0]!;
    expect(only(broken((d) => void (cmp(d).measureId = 'no-such-measure')))).toEqual({
      file: 'measures.json',
      recordId: measure.id,
      field: 'comparableWith.0.measureId',
    });
    expect(only(broken((d) => void (cmp(d).relation = 'scale')))).toEqual({
      file: 'measures.json',
      recordId: measure.id,
      field: 'comparableWith.0.factor',
    });
    // The shipped data declares no complement now, so the broken copy declares one between two share measures.
    const complement = REAL.measures.find((m) => m.id === 'town-neighbourhoods-destroyed-palmyra-2016')!;
    expect(
      only(
        broken((d) => {
          const m = byId(d.measures, complement.id);
          m.comparableWith = [{ measureId: 'ancient-site-intact-palmyra-2016', relation: 'complement', caveats: [] }];
          m.total = null;
          byId(d.measures, 'ancient-site-intact-palmyra-2016').total = null;
          // Keep the measures' own claims valid: drop the percent rules that need the total.
          for (const c of d.claims)
            if (c.measureId === complement.id || c.measureId === 'ancient-site-intact-palmyra-2016') value(c).interpretation = null;
        }),
      ),
    ).toEqual({ file: 'measures.json', recordId: complement.id, field: 'comparableWith.0.relation' });
  });
  it('a part of a whole must be counted like its whole', () => {
    // Shipped: sites destroyed are a part of sites damaged, both counts. A share cannot be part of a count.
    const part = 'sites-destroyed-by-isis-palmyra';
    expect(REAL.measures.find((m) => m.id === part)!.comparableWith[0]!.relation).toBe('part');
    expect(
      only(
        broken((d) => {
          byId(d.measures, part).total = 100;
          byId(d.measures, part).unit = 'percent';
        }),
      ),
    ).toEqual({ file: 'measures.json', recordId: part, field: 'comparableWith.0.relation' });
  });

  it('an unknown interpretation rule', () => {
    const errors = broken((d) => {
      (value(byId(d.claims, DOZENS)).interpretation as Loose).rule = 'no-such-rule';
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: DOZENS, field: 'value.interpretation.rule' });
  });

  it('an interpreted value that is not its rule’s interval', () => {
    const errors = broken((d) => {
      value(byId(d.claims, DOZENS)).low = 12;
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: DOZENS, field: 'value' });
    expect(errors[0]!.message).toMatch(/dozens/);
  });

  it('low above high, and an empty interval from an exclusive end', () => {
    const above = broken((d) => {
      const v = value(byId(d.claims, PLAIN));
      [v.low, v.high] = [v.high, v.low];
    });
    expect(only(above)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'value.low' });
    const empty = broken((d) => {
      const v = value(byId(d.claims, PLAIN));
      v.high = v.low;
      v.highInclusive = false;
    });
    expect(only(empty)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'value.low' });
  });

  it('a value with no bound at all', () => {
    const errors = broken((d) => {
      const v = value(byId(d.claims, PLAIN));
      v.low = null;
      v.high = null;
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'value' });
  });

  it('a date that does not exist, and a period that ends before it starts', () => {
    const bad = broken((d) => {
      byId(d.claims, WITH_PERIOD).statedOn = '2016-02-30';
    });
    expect(only(bad)).toEqual({ file: 'claims.json', recordId: WITH_PERIOD, field: 'statedOn' });
    const backwards = broken((d) => {
      const p = byId(d.claims, WITH_PERIOD).period as Loose;
      [p.from, p.to] = ['2016-03-22', '2016-03-09'];
    });
    expect(only(backwards)).toEqual({ file: 'claims.json', recordId: WITH_PERIOD, field: 'period.to' });
  });

  it('a claim stated after its article was published', () => {
    const errors = broken((d) => {
      byId(d.claims, PLAIN).statedOn = '2030-01-01';
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'statedOn' });
  });

  it('an article with no date printed needs its access date, and its claims may not be stated after it', () => {
    const articleOf = (d: LooseDataset) => byId(d.articles, String(byId(d.claims, PLAIN).articleId));
    const noAccess = broken((d) => {
      Object.assign(articleOf(d), { publishedAt: null, publishedAtEvidence: '', publishedAtInferred: false, accessedOn: null });
    });
    const article = String(REAL.claims.find((c) => c.id === PLAIN)?.articleId);
    // The article is refused at the field; its claims then name an article that is not there, as for any refused article.
    expect(noAccess[0]).toMatchObject({ file: 'articles.json', recordId: article, field: 'accessedOn' });
    const late = broken((d) => {
      Object.assign(articleOf(d), { publishedAt: null, publishedAtInferred: false, accessedOn: '2020-01-01' });
      byId(d.claims, PLAIN).statedOn = '2021-01-01';
    });
    expect(only(late)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'statedOn' });
    expect(formatDatasetError(late[0]!)).toContain('after the undated article was read (accessedOn 2020-01-01)');
    // Read before any claim was stated: valid, nothing else to fix.
    const copy = structuredClone(REAL) as unknown as LooseDataset;
    Object.assign(articleOf(copy), { publishedAt: null, publishedAtInferred: false, accessedOn: '2026-01-05' });
    expect(validateDataset(copy, TEXTS).ok).toBe(true);
  });

  it('a claim whose context flag disagrees with its measure', () => {
    const errors = broken((d) => {
      byId(d.claims, PLAIN).context = true;
    });
    expect(only(errors)).toEqual({ file: 'claims.json', recordId: PLAIN, field: 'context' });
  });

  it('treats "__proto__" as an ordinary unknown id', () => {
    const errors = broken((d) => {
      byId(d.claims, DOZENS).measureId = '__proto__';
      (value(byId(d.claims, PLAIN)).interpretation as Loose | null) = { rule: '__proto__', reading: 'x' };
    });
    expect(errors.map((e) => [e.recordId, e.field])).toEqual(
      expect.arrayContaining([
        [DOZENS, 'measureId'],
        [PLAIN, 'value.interpretation.rule'],
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it('refuses ids that cannot appear in a link, naming the file, the record and the field', () => {
    for (const bad of ['..', '.', '.x', '-x', 'a b', 'a/b', 'ça', 'a\u202eb', '']) {
      const errors = broken((d) => {
        byId(d.claims, PLAIN).id = bad;
      });
      const index = REAL.claims.findIndex((c) => c.id === PLAIN);
      // A bad id cannot name its record, so the record is named by its place in the file.
      expect(errors.map(formatDatasetError)).toContain(
        `claims.json › [${index}].id: an id may hold only letters A–Z, digits and . _ : - and must start with a letter, a digit or _`,
      );
    }
  });

  it('accepts "__proto__" as a real id', () => {
    const copy = structuredClone(REAL) as unknown as LooseDataset;
    const src = copy.sources.find((s) => s.id === 'afp')!;
    src.id = '__proto__';
    for (const c of copy.claims) c.via = (c.via as string[]).map((v) => (v === 'afp' ? '__proto__' : v));
    const result = validateDataset(copy, TEXTS);
    expect(result.ok ? [] : result.errors.map(formatDatasetError)).toEqual([]);
  });
});

describe('validateDataset caps', () => {
  it('refuses a file of more records than the limit on its length alone', () => {
    const result = validateDataset({ ...REAL, claims: new Array(LIMITS.records + 1).fill(0) }, TEXTS);
    expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([
      'claims.json: holds 1,000,001 records, over the limit of 1,000,000',
    ]);
    expect(!result.ok && result.more).toBeUndefined();
  });

  it('stops at the first 100 errors and says how many records it did not check', () => {
    const claims = new Array(200_000).fill(null).map(() => ({}));
    const result = validateDataset({ ...REAL, claims }, TEXTS);
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(MAX_ERRORS);
    // Each empty claim has a dozen missing fields: the record that went past the cap is counted, and the rest are not checked.
    expect(result.more?.atLeast).toBeGreaterThan(0);
    expect(result.more!.unchecked).toBeGreaterThan(199_000);
    expect(describeMoreErrors(result.more!, result.errors.length)).toMatch(
      /^… and at least \d+ more problems?: checking stopped after the first 100 \(\d{3},\d{3} records were not checked\)\.$/,
    );
  });

  it('quotes at most 80 characters of a bad reference', () => {
    const copy = structuredClone(REAL) as unknown as LooseDataset;
    const long = `m${'x'.repeat(150)}`;
    byId(copy.claims, PLAIN).measureId = long;
    const result = validateDataset(copy, TEXTS);
    expect(!result.ok && result.errors.map((e) => e.message)).toEqual([`unknown measure "${long.slice(0, 80)}…" (151 characters)`]);
  });

  it('refuses an article text that breaks the text rules once, on its article, without searching it for quotes', () => {
    const file = REAL.articles[0]!.file;
    const texts = new Map(TEXTS).set(file, 'x'.repeat(MAX_ARTICLE_CHARS + 1));
    const result = validateDataset(REAL, texts);
    expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([
      `${file} › article ${REAL.articles[0]!.id}: the text is 200,001 characters long, over the limit of 200,000 for one article`,
    ]);
  });
});

describe('formatDatasetError', () => {
  it('joins file, record and field', () => {
    expect(formatDatasetError({ file: 'claims.json', recordId: 'c-12', field: 'value.low', message: 'expected number' })).toBe(
      'claims.json › claim c-12 › value.low: expected number',
    );
  });
  it('leaves out a missing record id and an empty field', () => {
    expect(formatDatasetError({ file: 'claims.json', recordId: null, field: '', message: 'not an array' })).toBe(
      'claims.json: not an array',
    );
  });
  it('names an article for a text-file error', () => {
    expect(formatDatasetError({ file: '000.txt', recordId: 'a-000', field: 'file', message: 'missing' })).toBe(
      '000.txt › article a-000 › file: missing',
    );
  });
});
