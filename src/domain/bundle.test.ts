import { describe, expect, it } from 'vitest';
import { recordReliability } from '../testing/reliability-log';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import {
  BUNDLE_FORMAT,
  bundleJsonChunks,
  bundleToFolder,
  canonicalJson,
  decodeBundleBytes,
  gradeReferenceErrors,
  mergeContent,
  parseBundle,
  previewImport,
  toBundle,
  type BundleContent,
} from './bundle';
import { NO_GRADES } from './grades';
import { formatDatasetError } from './validate-dataset';

const REAL = loadShippedDataset();
const content = (): BundleContent => ({
  dataset: structuredClone(REAL),
  texts: new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)])),
  grades: {
    sources: [{ sourceId: 'sohr', grade: 'B', reason: 'method published' }],
    claims: [{ claimId: 'c-02', grade: 4, reason: 'alone' }],
  },
});
const bundleText = (mutate: (b: Record<string, unknown>) => void = () => undefined): string => {
  const b = JSON.parse(JSON.stringify(toBundle(content()))) as Record<string, unknown>;
  mutate(b);
  return JSON.stringify(b);
};
const parsedOk = (text: string): BundleContent => {
  const result = parseBundle(text, 'bundle.json');
  if (!result.ok) throw new Error(result.errors.map(formatDatasetError).join('\n'));
  return result.content;
};
const errorsOf = (text: string): string[] => {
  const result = parseBundle(text, 'bundle.json');
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.errors.map(formatDatasetError);
};

describe('toBundle / parseBundle', () => {
  it('round-trips a dataset with its texts and grades', () => {
    const original = content();
    const back = parsedOk(JSON.stringify(toBundle(original)));
    expect(canonicalJson(toBundle(back))).toBe(canonicalJson(toBundle(original)));
    expect(back.grades.sources).toEqual(original.grades.sources);
  });

  it('carries an article’s access date, archived copy and language, and names a bad one by file, record and field', () => {
    const original = content();
    const first = original.dataset.articles[0]!;
    Object.assign(first, { accessedOn: '2026-01-05', archiveUrl: 'https://archive.example/a', language: 'en' });
    const back = parsedOk(JSON.stringify(toBundle(original))).dataset.articles.find((a) => a.id === first.id)!;
    expect([back.accessedOn, back.archiveUrl, back.language]).toEqual(['2026-01-05', 'https://archive.example/a', 'en']);

    const errors = errorsOf(
      bundleText((b) => {
        const article = (b.articles as Record<string, unknown>[]).find((a) => a.id === first.id)!;
        article.archiveUrl = 'javascript:alert(1)';
      }),
    );
    expect(errors).toContain(`articles.json › article ${first.id} › archiveUrl: expected a web address starting with http:// or https://`);
  });

  it('writes a stable, sorted bundle whatever the record order', () => {
    const a = content();
    const b = content();
    b.dataset.claims.reverse();
    expect(JSON.stringify(toBundle(a))).toBe(JSON.stringify(toBundle(b)));
    expect(toBundle(a).format).toBe(BUNDLE_FORMAT);
  });

  it('accepts a bundle without grades', () => {
    expect(parsedOk(bundleText((b) => delete b.grades)).grades).toEqual(NO_GRADES);
  });

  it('refuses non-JSON and names the file', () => {
    expect(errorsOf('{"format": "corroborate-dataset", ')).toEqual([expect.stringMatching(/^bundle\.json: not valid JSON/)]);
  });

  it('refuses JSON that is not a bundle', () => {
    expect(errorsOf('[1,2]')[0]).toMatch(/bundle\.json: expected a JSON object/);
    expect(errorsOf('{"articles": []}')[0]).toMatch(/bundle\.json › format: not a Corroborate dataset bundle/);
    expect(errorsOf(bundleText((b) => (b.version = 2)))[0]).toMatch(/bundle\.json › version: version 2/);
  });

  it('lists every broken record by file, record id and field', () => {
    const errors = errorsOf(
      bundleText((b) => {
        const claims = b.claims as Record<string, unknown>[];
        const c = claims.find((x) => x.id === 'c-02')!;
        (c.value as Record<string, unknown>).low = 'lots';
        const texts = b.texts as Record<string, string>;
        Reflect.deleteProperty(texts, REAL.articles[0]!.file);
      }),
    );
    expect(errors).toContain('claims.json › claim c-02 › value.low: Invalid input: expected number, received string');
    expect(errors).toContainEqual(
      expect.stringMatching(new RegExp(`^${REAL.articles[0]!.file} › article ${REAL.articles[0]!.id} › file: `)),
    );
  });

  it('refuses grades that are out of range', () => {
    const errors = errorsOf(
      bundleText((b) => {
        b.grades = { sources: [{ sourceId: 'sohr', grade: 'G', reason: '' }], claims: [{ claimId: 'nope', grade: 2, reason: '' }] };
      }),
    );
    expect(errors).toEqual([expect.stringMatching(/^bundle\.json › grades\.sources\.0: not a valid source grade/)]);
  });

  it('reads grades of records the bundle lacks, and gradeReferenceErrors names them', () => {
    const parsed = parsedOk(bundleText((b) => (b.grades = { sources: [], claims: [{ claimId: 'nope', grade: 2, reason: '' }] })));
    const errors = gradeReferenceErrors(parsed.grades, parsed.dataset, 'bundle.json', 'the bundle').errors.map(formatDatasetError);
    expect(errors).toEqual(['bundle.json › grades.claims.0: grades a claim "nope" that is not in the bundle']);
  });

  it('quotes at most 80 characters of a huge bad value, with its length', () => {
    const huge = 'v'.repeat(5_000_000);
    const version = errorsOf(bundleText((b) => (b.version = huge)));
    expect(version).toEqual([
      `bundle.json › version: version "${'v'.repeat(80)}…" (5,000,000 characters) is not one this app reads (expected 1)`,
    ]);
    const key = errorsOf(bundleText((b) => ((b.texts as Record<string, string>)[`../${huge}`] = 'x')));
    expect(key[0]!.length).toBeLessThan(250);
    expect(key[0]).toMatch(/^bundle\.json › texts: "\.\.\/v{77}…" \(5,000,003 characters\) is not an acceptable text file name/);
  });

  it('refuses a text that looks binary, naming the text file', () => {
    const file = REAL.articles[0]!.file;
    const errors = errorsOf(bundleText((b) => ((b.texts as Record<string, string>)[file] = 'abc\u0000def')));
    expect(errors[0]).toBe(
      `${file} › article ${REAL.articles[0]!.id}: the text contains a NUL character (at position 3): it looks like a binary file, not an article`,
    );
  });

  it('ignores prototype-pollution keys: they change nothing', () => {
    const clean = parsedOk(bundleText());
    const hostile = bundleText().replace(/^\{/, '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},');
    const withRecordKeys = hostile
      .replace('"id":"c-02",', '"id":"c-02","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
      .replace('"texts":{', '"texts":{"__proto__":"x","constructor":"y",')
      .replace('"grades":{', '"grades":{"__proto__":{"sources":[]},');
    expect(withRecordKeys).toContain('"__proto__":{"polluted":true}');
    const parsed = parsedOk(withRecordKeys);
    expect(canonicalJson(toBundle(parsed))).toBe(canonicalJson(toBundle(clean)));
    expect(parsed.texts.has('__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // Counted from the text itself: every "__proto__" or "constructor" key planted (top level, a record, texts, grades).
    const planted = (withRecordKeys.match(/"(__proto__|constructor)":/g) ?? []).length;
    recordReliability({
      kind: 'hostile',
      name: 'bundle: prototype-pollution keys',
      cases: planted,
      passed: true,
      crashes: 0,
      lostRecords: 0,
    });
  });

  it('treats records whose ids are "__proto__" or "constructor" as ordinary records', () => {
    const text = bundleText((b) => {
      const sources = b.sources as Record<string, unknown>[];
      sources.push({ ...sources[0], id: '__proto__' }, { ...sources[0], id: 'constructor' });
    });
    const parsed = parsedOk(text);
    expect(parsed.dataset.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    expect(previewImport(content(), parsed).sources).toEqual({ added: 2, changed: 0, unchanged: REAL.sources.length });
  });
});

describe('decodeBundleBytes', () => {
  it('refuses NUL bytes and invalid UTF-8, naming the file', () => {
    const nul = decodeBundleBytes(new Uint8Array([0x7b, 0x00, 0x7d]), 'photo.json');
    const latin1 = decodeBundleBytes(new Uint8Array([0x7b, 0xe9, 0x7d]), 'old.json');
    expect(!nul.ok && formatDatasetError(nul.errors[0]!)).toMatch(/^photo\.json: this is a binary file \(it contains NUL bytes\)/);
    expect(!latin1.ok && formatDatasetError(latin1.errors[0]!)).toMatch(/^old\.json: this is a binary file \(it is not valid UTF-8/);
  });

  it('decodes UTF-8 and drops a leading BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a":"é"}');
    expect(decodeBundleBytes(bytes, 'a.json')).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  /** The text as UTF-16 with its byte order mark, as Windows tools save "Unicode" text. */
  const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, endian === 'le');
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
    return bytes;
  };

  it('decodes UTF-16 little and big endian by their byte order mark', () => {
    expect(decodeBundleBytes(utf16('{"a":"é ☃ 𝄞"}', 'le'), 'a.json')).toEqual({ ok: true, text: '{"a":"é ☃ 𝄞"}' });
    expect(decodeBundleBytes(utf16('{"a":"é ☃ 𝄞"}', 'be'), 'a.json')).toEqual({ ok: true, text: '{"a":"é ☃ 𝄞"}' });
  });

  it('imports a whole bundle saved as UTF-16', () => {
    const text = bundleText();
    for (const endian of ['le', 'be'] as const) {
      const decoded = decodeBundleBytes(utf16(text, endian), 'bundle.json');
      expect(decoded.ok && parsedOk(decoded.text).dataset.claims).toHaveLength(REAL.claims.length);
    }
  });

  it('refuses UTF-16 that holds NUL characters or a lone half of a pair', () => {
    const nul = decodeBundleBytes(utf16('{"a":"\u0000"}', 'le'), 'a.json');
    const broken = decodeBundleBytes(utf16('{"a":"\ud800"}', 'be'), 'b.json');
    expect(!nul.ok && formatDatasetError(nul.errors[0]!)).toMatch(/^a\.json: this is a binary file \(it contains NUL characters\)/);
    expect(!broken.ok && formatDatasetError(broken.errors[0]!)).toMatch(/^b\.json: this is a binary file \(it is not valid UTF-16/);
  });
});

describe('previewImport and mergeContent', () => {
  it('counts new, changed and unchanged records per kind', () => {
    const current = content();
    const incoming = content();
    incoming.dataset.claims = incoming.dataset.claims.map((c) => (c.id === 'c-02' ? { ...c, notes: 'checked again' } : c));
    incoming.dataset.claims.push({ ...incoming.dataset.claims[0]!, id: 'c-new' });
    incoming.grades = { sources: [{ sourceId: 'sohr', grade: 'C', reason: 'second look' }], claims: [] };
    const preview = previewImport(current, incoming);
    expect(preview.claims).toEqual({ added: 1, changed: 1, unchanged: REAL.claims.length - 1 });
    expect(preview.articles).toEqual({ added: 0, changed: 0, unchanged: REAL.articles.length });
    expect(preview.sourceGrades).toEqual({ added: 0, changed: 1, unchanged: 0 });
    expect(previewImport(null, incoming).claims).toEqual({ added: REAL.claims.length + 1, changed: 0, unchanged: 0 });
  });

  it('merges by id, the incoming record winning, and keeps the rest', () => {
    const current = content();
    current.dataset.claims = current.dataset.claims.filter((c) => c.id !== 'c-03');
    const incoming = content();
    incoming.dataset.claims = incoming.dataset.claims
      .filter((c) => c.id === 'c-03' || c.id === 'c-02')
      .map((c) => ({ ...c, notes: 'new' }));
    const merged = mergeContent(current, incoming);
    if (!merged.ok) throw new Error(merged.errors.map(formatDatasetError).join('\n'));
    expect(merged.content.dataset.claims).toHaveLength(REAL.claims.length);
    expect(merged.content.dataset.claims.find((c) => c.id === 'c-02')?.notes).toBe('new');
  });

  it('merges a bundle of grades alone into a workspace that holds the graded records', () => {
    const incoming: BundleContent = {
      dataset: { articles: [], sources: [], measures: [], claims: [] },
      texts: new Map(),
      grades: { sources: [{ sourceId: 'sohr', grade: 'A', reason: 'checked' }], claims: [{ claimId: 'c-03', grade: 2, reason: '' }] },
    };
    const text = JSON.stringify(toBundle(incoming));
    const merged = mergeContent(content(), parsedOk(text), 'grades.json');
    if (!merged.ok) throw new Error(merged.errors.map(formatDatasetError).join('\n'));
    expect(merged.content.grades.sources).toEqual([{ sourceId: 'sohr', grade: 'A', reason: 'checked' }]);
    expect(merged.content.grades.claims).toContainEqual({ claimId: 'c-03', grade: 2, reason: '' });
  });

  it('refuses a merge whose grades name records neither side holds', () => {
    const incoming: BundleContent = {
      dataset: { articles: [], sources: [], measures: [], claims: [] },
      texts: new Map(),
      grades: { sources: [], claims: [{ claimId: 'c-404', grade: 2, reason: '' }] },
    };
    const merged = mergeContent(content(), incoming, 'grades.json');
    expect(!merged.ok && merged.errors.map(formatDatasetError)).toEqual([
      'grades.json › grades.claims.0: grades a claim "c-404" that is not in the bundle or the workspace',
    ]);
  });

  it('refuses a merge that would not hold together', () => {
    const current = content();
    current.dataset.measures = current.dataset.measures.map((m) => ({ ...m, context: !m.context }));
    const incoming = content();
    incoming.dataset = { ...incoming.dataset, measures: [], articles: [], sources: [] };
    incoming.dataset.claims = incoming.dataset.claims.slice(0, 1);
    expect(mergeContent(current, incoming).ok).toBe(false);
  });
});

describe('bundleToFolder', () => {
  it('writes the four JSON files and the texts', () => {
    const folder = bundleToFolder(toBundle(content()));
    expect([...folder.keys()].slice(0, 4)).toEqual(['articles.json', 'sources.json', 'measures.json', 'claims.json']);
    expect(folder.get(REAL.articles[0]!.file)).toBe(readArticleText(REAL.articles[0]!.file));
  });
});

describe('bundleJsonChunks', () => {
  it('joins into JSON that parses to exactly the bundle, and back to the same content', () => {
    const bundle = toBundle(content());
    const text = [...bundleJsonChunks(bundle)].join('');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(bundle)));
    expect(canonicalJson(toBundle(parsedOk(text)))).toBe(canonicalJson(bundle));
  });

  it('writes an empty bundle as valid JSON', () => {
    const empty = toBundle({ dataset: { articles: [], sources: [], measures: [], claims: [] }, texts: new Map(), grades: NO_GRADES });
    expect(JSON.parse([...bundleJsonChunks(empty)].join(''))).toEqual(JSON.parse(JSON.stringify(empty)));
  });
});
