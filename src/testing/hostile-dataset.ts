// Node-only: the shipped dataset with hostile strings in every name, title, byline, URL, quote, note and article text,
// for the `hostile` MSW scenario and the hostile-input tests. Quotes stay verbatim at their spans: each hostile string
// put into a quote is inserted into the article text at the same place, and every span is moved to match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleTextProblem } from '../domain/article-text-rules';
import { LIMITS, type Dataset } from '../domain/schema';
import { DATA_DIR, loadShippedDataset, readArticleText } from './real-dataset';
import {
  fitTo,
  HOSTILE_BIDI,
  HOSTILE_CONTROL,
  HOSTILE_FORMULAS,
  HOSTILE_KEYS,
  HOSTILE_MARKUP,
  HOSTILE_STRINGS,
  HOSTILE_URLS,
} from './hostile-strings';

interface Spanned {
  articleId: string;
  quote: string;
  span: [number, number];
}

export interface HostileDataset {
  dataset: Dataset;
  /** The events file (changes of control), with its quotes moved like the claims'. */
  events: (Spanned & Record<string, unknown>)[];
  texts: Map<string, string>;
  /** Hostile strings that ended up whole in a source name, for tests that look for them on screen. */
  sourceNames: string[];
  /** Strings put into the dataset, counted once each. */
  planted: number;
}

/** The short hostile strings (names must fit the schema's 500 characters), in a fixed order. */
const SHORT = [...HOSTILE_MARKUP, ...HOSTILE_BIDI, ...HOSTILE_KEYS, ...HOSTILE_CONTROL, ...HOSTILE_FORMULAS, ...HOSTILE_URLS];
/** Quotes go into article texts: only strings the article text rules accept (no NUL or other control characters). */
const FOR_TEXT = HOSTILE_STRINGS.filter((s) => articleTextProblem(s) === null);

/** Article addresses: one real web address (a link must still work), then script and data URLs (must never be links). */
const ARTICLE_URLS = [
  'https://example.org/palmyra-report',
  ...HOSTILE_URLS.filter((u) => /^(javascript:|data:text\/html,)/i.test(u)),
  ...HOSTILE_URLS,
];

const pick = (list: readonly string[], i: number): string => list[i % list.length] ?? '';

/** Inserts strings into a text at positions (of the original) and maps old offsets to new ones. */
function insertAll(text: string, inserts: { at: number; text: string }[]): { text: string; map: (p: number) => number } {
  const sorted = [...inserts].sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  for (const ins of sorted) {
    out += text.slice(last, ins.at) + ins.text;
    last = ins.at;
  }
  out += text.slice(last);
  // An offset moves by everything inserted strictly before it: a quote starting where its own insert goes begins with it.
  const map = (p: number) => p + sorted.filter((ins) => ins.at < p).reduce((n, ins) => n + ins.text.length, 0);
  return { text: out, map };
}

/** Builds the hostile dataset from the shipped one; deterministic. */
export function buildHostileDataset(dir: string = DATA_DIR): HostileDataset {
  const dataset = structuredClone(loadShippedDataset(dir));
  const events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as HostileDataset['events'];
  const texts = new Map<string, string>();
  let planted = 0;
  const sourceNames: string[] = [];

  dataset.sources.forEach((s, i) => {
    const hostile = pick(SHORT, i);
    s.name = fitTo(`${hostile} ${s.name}`, LIMITS.shortText);
    if (s.name.startsWith(hostile)) sourceNames.push(hostile);
    s.description = `${pick(FOR_TEXT, i + 7)} ${s.description}`;
    planted += 2;
  });
  dataset.measures.forEach((m, i) => {
    m.description = `${pick(FOR_TEXT, i + 3)} ${m.description}`;
    planted++;
  });

  dataset.articles.forEach((a, i) => {
    a.title = fitTo(`${pick(SHORT, i + 11)} ${a.title}`, LIMITS.shortText);
    a.byline = fitTo(pick(SHORT, i + 19), LIMITS.shortText);
    // One real link among the hostile ones, so the tests see that good URLs still become links.
    a.url = pick(ARTICLE_URLS, i);
    a.outletEvidence = `${pick(FOR_TEXT, i + 23)} ${a.outletEvidence}`;
    a.publishedAtEvidence = `${pick(FOR_TEXT, i + 29)} ${a.publishedAtEvidence}`;
    planted += 5;

    const original = readArticleText(a.file, dir);
    const claims = dataset.claims.filter((c) => c.articleId === a.id);
    const own = events.filter((e) => e.articleId === a.id);
    // One hostile string at the start of each claim's quote, once per start offset.
    const starts = [...new Set(claims.map((c) => c.span[0]))];
    const inserts = starts.map((at, k) => ({ at, text: `${pick(FOR_TEXT, i * 7 + k)} ` }));
    const { text, map } = insertAll(original, inserts);
    // Everything else goes after the last line, where no span reaches.
    const tail = `\n\n${HOSTILE_MARKUP.join('\n')}\n${HOSTILE_BIDI.join('\n')}\n${HOSTILE_URLS.join('\n')}\n`;
    texts.set(a.file, text + tail);
    planted += inserts.length + HOSTILE_MARKUP.length + HOSTILE_BIDI.length + HOSTILE_URLS.length;
    for (const item of [...claims, ...own] as Spanned[]) {
      item.span = [map(item.span[0]), map(item.span[1])];
      item.quote = text.slice(item.span[0], item.span[1]);
    }
  });

  dataset.claims.forEach((c, i) => {
    c.notes = pick(FOR_TEXT, i + 5);
    c.place = fitTo(`${pick(SHORT, i + 13)} ${c.place}`, LIMITS.shortText);
    c.statedOnEvidence = `${pick(FOR_TEXT, i + 17)} ${c.statedOnEvidence}`;
    planted += 3;
  });

  return { dataset, events, texts, sourceNames, planted };
}
