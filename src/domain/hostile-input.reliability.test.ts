// Hostile input in the data itself: prototype keys in imported JSON, formulas in CSV cells, bidi controls, markup.
// Every string of the hostile list is tried in every place it could reach; each test records how many it tried.
import { parse } from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHostileDataset } from '../testing/hostile-dataset';
import { HOSTILE_KEYS, HOSTILE_STRINGS } from '../testing/hostile-strings';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { recordReliability } from '../testing/reliability-log';
import { isolateBidi } from './bidi';
import { canonicalJson, parseBundle, toBundle, type BundleContent } from './bundle';
import { BOM, CSV_COLUMNS, looksLikeFormula, toClaimsCsv } from './csv';
import type { Claim } from './schema';
import { validateDataset } from './validate-dataset';

const REAL = loadShippedDataset();
const content = (): BundleContent => ({
  dataset: structuredClone(REAL),
  texts: new Map(REAL.articles.map((a) => [a.file, readArticleText(a.file)])),
  grades: { sources: [{ sourceId: 'sohr', grade: 'B', reason: '' }], claims: [] },
});

/** Counts the cases each test tried and records them once the file is done, passed only if every test passed. */
const tally = new Map<string, { cases: number; passed: boolean }>();
function tried(name: string, cases: number, passed: boolean): void {
  const t = tally.get(name) ?? { cases: 0, passed: true };
  tally.set(name, { cases: t.cases + cases, passed: t.passed && passed });
}
afterAll(() => {
  for (const [name, t] of tally) recordReliability({ kind: 'hostile', name, cases: t.cases, passed: t.passed, crashes: 0, lostRecords: 0 });
});

function polluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return 'polluted' in probe || Object.hasOwn(Object.prototype, 'polluted') || typeof probe.isAdmin !== 'undefined';
}

describe('prototype-pollution keys in an imported bundle', () => {
  it('change nothing, wherever they appear: top level, records, nested values, texts, grades', () => {
    const clean = toBundle(content());
    const cleanJson = canonicalJson(clean);
    const payload = '{"polluted":true,"isAdmin":true}';
    let cases = 0;
    let passed = false;
    try {
      for (const key of HOSTILE_KEYS) {
        const k = JSON.stringify(key);
        const variants = [
          JSON.stringify(clean).replace(/^\{/, `{${k}:${payload},`),
          JSON.stringify(clean).replace('"id":"c-02",', `"id":"c-02",${k}:${payload},`),
          JSON.stringify(clean).replace('"lowInclusive":', `${k}:${payload},"lowInclusive":`),
          JSON.stringify(clean).replace('"texts":{', `"texts":{${k}:"text",`),
          JSON.stringify(clean).replace('"grades":{', `"grades":{${k}:${payload},`),
          JSON.stringify(clean).replace('"sources":[{', `"sources":[{${k}:${payload},`),
        ];
        for (const text of variants) {
          expect(text).not.toBe(JSON.stringify(clean));
          const result = parseBundle(text, 'hostile.json');
          // Either the key is ignored (unknown keys are dropped) or the file is refused; never a changed prototype.
          if (result.ok) expect(canonicalJson(toBundle(result.content))).toBe(cleanJson);
          else expect(result.errors.length).toBeGreaterThan(0);
          expect(polluted()).toBe(false);
          cases++;
        }
      }
      passed = true;
    } finally {
      tried('import: prototype-pollution keys in a bundle', cases, passed);
    }
  });

  it('keep records whose ids and names are prototype keys as ordinary records', () => {
    let cases = 0;
    let passed = false;
    try {
      for (const key of HOSTILE_KEYS) {
        const c = content();
        const source = c.dataset.sources[0]!;
        c.dataset.sources.push({ ...source, id: key, name: key });
        c.texts.set(`${key}.txt`, 'text');
        const result = parseBundle(JSON.stringify(toBundle(c)), 'keys.json');
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.content.dataset.sources.find((s) => s.id === key)?.name).toBe(key);
        expect(polluted()).toBe(false);
        cases++;
      }
      passed = true;
    } finally {
      tried('import: prototype keys as record ids', cases, passed);
    }
  });
});

describe('hostile strings in every text field', () => {
  it('make a dataset that passes every check, with each quote verbatim at its span, and survives a bundle round trip', () => {
    let passed = false;
    const hostile = buildHostileDataset();
    try {
      const checked = validateDataset(hostile.dataset, hostile.texts);
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors.slice(0, 3)));
      for (const c of hostile.dataset.claims) {
        expect(hostile.texts.get(hostile.dataset.articles.find((a) => a.id === c.articleId)?.file ?? '')?.slice(...c.span)).toBe(c.quote);
      }
      const bundle = toBundle({ dataset: hostile.dataset, texts: hostile.texts, grades: { sources: [], claims: [] } });
      const back = parseBundle(JSON.stringify(bundle), 'hostile.json');
      if (!back.ok) throw new Error(JSON.stringify(back.errors.slice(0, 3)));
      expect(canonicalJson(toBundle(back.content))).toBe(canonicalJson(bundle));
      passed = true;
    } finally {
      tried('dataset: hostile strings in names, quotes, notes, texts and URLs', hostile.planted, passed);
    }
  });
});

describe('CSV export of hostile strings', () => {
  it('neutralises every formula and keeps every other string as it is, in every text column', () => {
    const base = REAL.claims[0]!;
    let cases = 0;
    let passed = false;
    try {
      for (const hostile of HOSTILE_STRINGS) {
        const claim: Claim = { ...base, quote: hostile, notes: hostile, place: hostile };
        const csv = toClaimsCsv([claim], REAL);
        expect(csv.startsWith(BOM)).toBe(true);
        const rows = parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true });
        expect(rows.errors).toEqual([]);
        const [header, row] = rows.data;
        for (const column of ['quote', 'notes', 'place'] as const) {
          const cell = row?.[header?.indexOf(column) ?? -1];
          // A cell a spreadsheet would run gets a leading apostrophe; nothing else is changed.
          expect(cell).toBe(looksLikeFormula(hostile) ? `'${hostile}` : hostile);
          expect(looksLikeFormula(cell ?? '') && !(cell ?? '').startsWith("'")).toBe(false);
          cases++;
        }
        expect(header).toEqual([...CSV_COLUMNS]);
      }
      passed = true;
    } finally {
      tried('csv: hostile strings in cells', cases, passed);
    }
  });
});

describe('bidi isolation of hostile strings', () => {
  /** True when every embedding, override and isolate opened in the string is closed within it. */
  function balanced(text: string): boolean {
    const stack: string[] = [];
    for (const ch of text) {
      if (/[\u202A\u202B\u202D\u202E]/.test(ch)) stack.push('e');
      else if (ch === '\u202C' && stack.at(-1) === 'e') stack.pop();
      else if (/[\u2066-\u2068]/.test(ch)) stack.push('i');
      else if (ch === '\u2069' && stack.includes('i')) stack.splice(stack.lastIndexOf('i'));
    }
    return stack.length === 0;
  }

  it('leaves nothing open after the string, so the words that follow keep their order', () => {
    let cases = 0;
    let passed = false;
    try {
      for (const hostile of HOSTILE_STRINGS) {
        const isolated = isolateBidi(hostile);
        expect(balanced(isolated)).toBe(true);
        // Everything but a stray closing isolate is kept.
        expect(isolated.replace(/[\u2068\u2069]/g, '')).toBe(hostile.replace(/[\u2068\u2069]/g, ''));
        cases++;
      }
      passed = true;
    } finally {
      tried('bidi: hostile strings isolated', cases, passed);
    }
  });
});
