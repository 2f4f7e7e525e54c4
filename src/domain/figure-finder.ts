// Figure finder: proposes the figures of an article ("more than 900", "20 to 25 combat sorties daily", "dozens") with the
// interval the dataset would store for them (docs/dataset.md), for a person to confirm. Vague words are read only through
// the interpretation rules table (./interpretation-rules), never a copy of it.
//
// One linear pass tokenises the text; every later step looks at a bounded number of neighbouring tokens, so the whole
// run is linear in the length of the text. Digits are parsed here; number words ("twenty", "a dozen") go to the number
// recogniser, but only on short windows of number words, so its cost stays bounded per window whatever the input.
// Pure: no DOM, no fetch. See docs/figure-finder.md.
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import {
  AFTER_YEAR,
  asciiDigits,
  BETWEEN_WORDS,
  DAILY_WORDS,
  DAY_WORDS,
  DURATION_OPENERS,
  detectLanguage,
  ENGLISH_MONTHS,
  FURNITURE_AFTER,
  FURNITURE_BEFORE,
  numberFormat,
  OTHER_MONTHS,
  PER_WORDS,
  PERCENT_WORDS,
  PERIOD_OPENERS,
  QUALIFIERS,
  RANGE_LINKS,
  SCALE_AFTER_DIGITS,
  SPREAD_NOUNS,
  TIME_UNITS,
  type FinderLanguage,
  type NumberFormat,
  type QualifierType,
} from './finder-languages';
import { INTERPRETATION_RULES, applyRule, describeReading, type InterpretationRule } from './interpretation-rules';
import type { ClaimValue } from './schema';

export interface FigureCandidate {
  /** UTF-16 offsets into the original text: text.slice(start, end) === candidate.text. */
  start: number;
  end: number;
  /** The figure with its qualifier, range and rate words: "more than 900", "20 to 25 combat sorties daily". */
  text: string;
  /** Proposed interval; asWritten = the figure words; interpretation set when a vague-word rule was used. */
  value: ClaimValue;
  /** "a day", "daily", "per day" → 'day'. */
  per: 'day' | null;
  /** "overnight": a total over one night, not a rate. */
  overnight: boolean;
  kind: 'number' | 'percent' | 'range' | 'vague';
  /** Background, not a count: an age ("2 000-year-old", "aged 25") or a century ("13th century"). */
  context: boolean;
}

export interface FinderOptions {
  /** The article's language; guessed from the text when absent. Decides which of "." and "," groups thousands. */
  language?: FinderLanguage | null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Tokens

type TokenKind = 'word' | 'digits' | 'space' | 'punct';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased text, for words; the character, for punctuation; '' otherwise. */
  lower: string;
  /** For spaces: the run holds a line break. */
  newline: boolean;
}

/** Characters that may group thousands inside a number: space, no-break space, thin space, narrow no-break space. */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u2009', '\u202f']);

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER = /^[\p{L}\p{M}]$/u;

function isLetter(text: string, i: number, code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0xc0) return false;
  return LETTER.test(text.charAt(i));
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
      tokens.push({ kind: 'digits', start, end: i, lower: '', newline: false });
    } else if (isSpace(code)) {
      let newline = false;
      while (i < n && isSpace(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) newline = true;
        i++;
      }
      tokens.push({ kind: 'space', start, end: i, lower: '', newline });
    } else if (isLetter(text, i, code)) {
      while (i < n && isLetter(text, i, text.charCodeAt(i))) i++;
      tokens.push({ kind: 'word', start, end: i, lower: text.slice(start, i).toLowerCase(), newline: false });
    } else {
      i++;
      tokens.push({ kind: 'punct', start, end: i, lower: text.charAt(start), newline: false });
    }
  }
  return tokens;
}

/** Index of the word before token i, across one run of spaces on the same line; -1 if none. */
function wordBefore(tokens: Token[], i: number): number {
  const t = tokens[i - 1];
  if (t?.kind !== 'space' || t.newline) return -1;
  return tokens[i - 2]?.kind === 'word' ? i - 2 : -1;
}

/** Index of the word after token i, skipping one run of spaces on the same line; -1 if none. */
function wordAfter(tokens: Token[], i: number): number {
  const t = tokens[i + 1];
  if (t?.kind !== 'space' || t.newline) return -1;
  return tokens[i + 2]?.kind === 'word' ? i + 2 : -1;
}

/** The `count` words before token i (nearest last), each separated by spaces on one line. */
function wordsBefore(tokens: Token[], i: number, count: number): number[] {
  const found: number[] = [];
  let at = i;
  while (found.length < count) {
    const w = wordBefore(tokens, at);
    if (w < 0) break;
    found.unshift(w);
    at = w;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------------
// Vocabulary

/** A month name; an English one only capitalised as in running text ("may" and "march" in lower case are verbs). */
function isMonth(text: string, token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  if (OTHER_MONTHS.has(token.lower)) return true;
  if (!ENGLISH_MONTHS.has(token.lower)) return false;
  const first = text.charCodeAt(token.start);
  return first >= 0x41 && first <= 0x5a;
}

const NUMBER_WORDS = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
]);

const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
]);

const QUALIFIER_BY_PHRASE: ReadonlyMap<string, QualifierType> = new Map(QUALIFIERS);
const QUALIFIER_MAX_WORDS = 4;

/** Words that follow a day-rate figure's "a day" without making it a rate ("a day after"). */
const NOT_A_RATE_AFTER = new Set(['after', 'before', 'earlier', 'later', 'ago', 'of', 'or', 'and', 'when']);

const RATE_GAP_WORDS = 5;
const WORD_RUN_MAX = 16;

// ---------------------------------------------------------------------------------------------------------------------
// Number words, through the recogniser on small windows

interface Recognised {
  start: number;
  end: number;
  value: number;
}

type NumberModel = ReturnType<NumberRecognizer['getNumberModel']>;
let numberModel: NumberModel | null = null;
const windowCache = new Map<string, Recognised[]>();
const WINDOW_CACHE_MAX = 5_000;

function recogniseWindow(window: string): Recognised[] {
  const cached = windowCache.get(window);
  if (cached) return cached;
  let found: Recognised[] = [];
  try {
    numberModel ??= new NumberRecognizer(Culture.English).getNumberModel();
    found = numberModel
      .parse(window)
      .map((r) => {
        // Typed as always present, but read defensively: a missing resolution gives NaN, which is filtered out.
        const resolution = r.resolution as { value?: unknown } | undefined;
        return { start: r.start, end: r.end + 1, value: Number(resolution?.value) };
      })
      .filter((r) => Number.isFinite(r.value) && r.start >= 0 && r.end <= window.length && r.start < r.end);
  } catch {
    found = [];
  }
  if (windowCache.size >= WINDOW_CACHE_MAX) windowCache.clear();
  windowCache.set(window, found);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------------
// Atoms: single numbers, before qualifiers, ranges and rates are attached

interface Atom {
  start: number;
  end: number;
  /** Token indices of the atom's first and last token. */
  first: number;
  last: number;
  value: number;
  fromWords: boolean;
  /** A plain 4-digit number with no grouping: may be a year. */
  plainFour: boolean;
  /** A digit ordinal followed by "century": "13th century". */
  century: boolean;
  /** Not a figure (date, year, time, phone number, code): kept only so that it does not join a range. */
  excluded: boolean;
  /** Excluded because it is a day of a month ("20 March"): the other end of its range is a day too ("20–27 March"). */
  day: boolean;
  /** Written "500+": at least 500. */
  plus: boolean;
}

/** Digits inside square brackets with only digits, commas, dashes and spaces: a citation marker ("[35]", "[3, 4]"). */
function inCitationBrackets(tokens: Token[], first: number, last: number): boolean {
  const filler = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'digits' || (t.kind === 'space' && !t.newline) || t.lower === ',' || t.lower === '-' || t.lower === '–');
  let before = first - 1;
  for (let n = 0; n < 8 && filler(tokens[before]); n++) before--;
  if (tokens[before]?.lower !== '[') return false;
  let after = last + 1;
  for (let n = 0; n < 8 && filler(tokens[after]); n++) after++;
  return tokens[after]?.lower === ']';
}

function parseDigitRuns(text: string, tokens: Token[], atoms: Atom[], format: NumberFormat): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t?.kind !== 'digits') {
      i++;
      continue;
    }
    // The run: digit groups joined by exactly one separator character.
    const groups: number[] = [i];
    const seps: string[] = [];
    let j = i;
    for (;;) {
      const sep = tokens[j + 1];
      const next = tokens[j + 2];
      if (!sep || next?.kind !== 'digits' || sep.end - sep.start !== 1) break;
      const ch = text.charAt(sep.start);
      if (!(GROUP_SPACES.has(ch) || ch === ',' || ch === '.' || ch === '-' || ch === '–' || ch === ':' || ch === '/')) break;
      seps.push(ch);
      groups.push(j + 2);
      j += 2;
    }
    const runFirst = i;
    const runLast = j;
    i = j + 1;
    const before = tokens[runFirst - 1];
    const before2 = tokens[runFirst - 2];
    const after = tokens[runLast + 1];
    // Attached to letters ("News24", "mid-2014", "F-16") or a phone number ("+44 20 7946 0958"): not a figure.
    if (before?.kind === 'word') continue;
    if (before?.kind === 'punct' && (before.lower === '-' || before.lower === '–') && before2?.kind === 'word') continue;
    if (before?.kind === 'punct' && (before.lower === '+' || before.lower === '#')) continue;
    // Citation markers ("[35]") are page furniture.
    if (inCitationBrackets(tokens, runFirst, runLast)) continue;
    // Times, slashed dates, ISO dates and other dashed codes.
    if (seps.some((s) => s === ':' || s === '/')) continue;
    if (seps.filter((s) => s === '-' || s === '–').length >= 2) continue;
    // Split the run into numbers.
    const numbers: { first: number; last: number; value: number; plainFour: boolean; dashAfter: boolean }[] = [];
    let bad = false;
    let k = 0;
    // Three or more numbers in one run ("020 7946 0958", "1,2,3") are a phone number or a list code, not figures.
    while (k < groups.length && numbers.length < 3) {
      const lead = tokens[groups[k] ?? -1];
      if (!lead) break;
      const leadText = text.slice(lead.start, lead.end);
      if (leadText.length > 1 && leadText.charAt(0) === '0' && seps[k] !== format.decimal) {
        bad = true;
        break;
      }
      let digits = leadText;
      const firstGroup = k;
      const groupLen = (g: number): number => {
        const tok = tokens[groups[g] ?? -1];
        return tok ? tok.end - tok.start : 0;
      };
      if (leadText.length <= 3) {
        const thSep = seps[k];
        if (thSep !== undefined && format.group.has(thSep) && groupLen(k + 1) === 3) {
          while (seps[k] === thSep && groupLen(k + 1) === 3) {
            const g = tokens[groups[k + 1] ?? -1];
            if (!g) break;
            digits += text.slice(g.start, g.end);
            k++;
          }
        }
      }
      let decimal = false;
      // A dot that does not group thousands is a decimal point in every language ("2.5 milhões").
      if ((seps[k] === format.decimal || seps[k] === '.') && k + 1 < groups.length) {
        const g = tokens[groups[k + 1] ?? -1];
        if (g) {
          digits += `.${text.slice(g.start, g.end)}`;
          decimal = true;
          k++;
        }
      }
      const value = Number(digits);
      const sepAfter = seps[k];
      if (decimal && (sepAfter === '.' || sepAfter === ',')) {
        bad = true; // "1.2.3": a version or a dotted date
        break;
      }
      numbers.push({
        first: groups[firstGroup] ?? runFirst,
        last: groups[k] ?? runLast,
        value,
        plainFour: !decimal && k === firstGroup && leadText.length === 4,
        dashAfter: sepAfter === '-' || sepAfter === '–',
      });
      k++;
    }
    if (bad || numbers.length === 0) continue;
    if (numbers.length >= 3) continue;
    // Letters straight after the run: an ordinal ("13th"), a decade ("1990s"), a unit or a code ("3D", "10km").
    let century = false;
    let lastToken = runLast;
    // "500+": at least 500 (a "+" before more digits is a sum or a code, left alone).
    const plus = after?.lower === '+' && tokens[runLast + 2]?.kind !== 'digits';
    if (plus) lastToken = runLast + 1;
    if (after?.kind === 'word') {
      const suffix = after.lower;
      const isOrdinal = suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th';
      const nextWord = tokens[wordAfter(tokens, runLast + 1)];
      if (isOrdinal && numbers.length === 1 && (nextWord?.lower === 'century' || nextWord?.lower === 'centuries')) {
        century = true;
        lastToken = wordAfter(tokens, runLast + 1);
      } else continue;
    }
    for (const [index, num] of numbers.entries()) {
      const firstTok = tokens[num.first];
      const isLast = index === numbers.length - 1;
      const lastTok = tokens[isLast ? lastToken : num.last];
      if (!firstTok || !lastTok || !Number.isFinite(num.value)) continue;
      atoms.push({
        start: firstTok.start,
        end: lastTok.end,
        first: num.first,
        last: isLast ? lastToken : num.last,
        value: num.value,
        fromWords: false,
        plainFour: num.plainFour && !century,
        century: century && isLast,
        excluded: false,
        day: false,
        plus: plus && isLast,
      });
    }
  }
}

function parseNumberWords(text: string, tokens: Token[], atoms: Atom[]): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const startsRun =
      t?.kind === 'word' &&
      (NUMBER_WORDS.has(t.lower) ||
        (t.lower === 'a' &&
          (SCALE_WORDS.has(tokens[wordAfter(tokens, i)]?.lower ?? '') || tokens[wordAfter(tokens, i)]?.lower === 'dozen')));
    if (!t || !startsRun) {
      i++;
      continue;
    }
    // Number words joined by a short space or a hyphen, with "and" only between two number words.
    let last = i;
    let count = 1;
    for (;;) {
      const sep = tokens[last + 1];
      const next = tokens[last + 2];
      if (!sep || next?.kind !== 'word' || count >= WORD_RUN_MAX) break;
      const sepOk = (sep.kind === 'space' && !sep.newline && sep.end - sep.start <= 3) || sep.lower === '-';
      if (!sepOk) break;
      if (NUMBER_WORDS.has(next.lower)) {
        last += 2;
        count++;
        continue;
      }
      if (next.lower === 'and' && NUMBER_WORDS.has(tokens[wordAfter(tokens, last + 2)]?.lower ?? '')) {
        last += 2;
        count++;
        continue;
      }
      break;
    }
    const runStart = t.start;
    const lastTok = tokens[last];
    i = last + 1;
    if (!lastTok) continue;
    // Same-length replacement of unusual spaces keeps offsets trivially.
    let window = '';
    for (let p = runStart; p < lastTok.end; p++) {
      const ch = text.charAt(p);
      window += isSpace(text.charCodeAt(p)) ? ' ' : ch;
    }
    for (const r of recogniseWindow(window)) {
      const start = runStart + r.start;
      const end = runStart + r.end;
      let first = -1;
      let lastIdx = -1;
      for (let q = i - 1; q >= 0; q--) {
        const tok = tokens[q];
        if (!tok || tok.end <= runStart) break;
        if (tok.start === start) first = q;
        if (tok.end === end) lastIdx = q;
      }
      if (first < 0 || lastIdx < 0) continue; // not on word boundaries
      atoms.push({
        start,
        end,
        first,
        last: lastIdx,
        value: r.value,
        fromWords: true,
        plainFour: false,
        century: false,
        excluded: false,
        day: false,
        plus: false,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Figures

interface Draft {
  start: number;
  /** End of the figure words (asWritten). */
  figureEnd: number;
  /** Token index of the figure's last token. */
  lastToken: number;
  value: Omit<ClaimValue, 'asWritten'>;
  kind: FigureCandidate['kind'];
  context: boolean;
}

/** Abbreviations with a dot that mark a number approximate: "c. 1,200", "ca. 500", "approx. 40". */
const APPROX_ABBREVIATIONS = new Set(['c', 'ca', 'approx', 'env', 'aprox']);

interface Qualifier {
  type: QualifierType;
  start: number;
  /** The qualifier's words, lower-cased: "more than", "c.". */
  phrase: string;
}

function qualifierBefore(tokens: Token[], firstToken: number): Qualifier | null {
  const words = wordsBefore(tokens, firstToken, QUALIFIER_MAX_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const slice = words.slice(words.length - n);
    const phrase = slice.map((w) => tokens[w]?.lower ?? '').join(' ');
    const type = QUALIFIER_BY_PHRASE.get(phrase);
    const startTok = tokens[slice[0] ?? -1];
    if (type && startTok) return { type, start: startTok.start, phrase };
  }
  // "~500", "≈ 500"
  const sign = tokens[firstToken - 1]?.kind === 'space' ? firstToken - 2 : firstToken - 1;
  const signTok = tokens[sign];
  if (signTok && (signTok.lower === '~' || signTok.lower === '≈') && !tokens[sign - 1]?.newline && tokens[sign - 1]?.kind !== 'digits') {
    return { type: 'approx', start: signTok.start, phrase: signTok.lower };
  }
  // "c. 1,200", "ca.500"
  const space = tokens[firstToken - 1];
  const dot = space?.kind === 'space' && !space.newline && space.end - space.start === 1 ? firstToken - 2 : firstToken - 1;
  const abbreviation = tokens[dot - 1];
  if (tokens[dot]?.lower === '.' && abbreviation?.kind === 'word' && APPROX_ABBREVIATIONS.has(abbreviation.lower)) {
    const beforeAbbreviation = tokens[dot - 2];
    if (beforeAbbreviation === undefined || beforeAbbreviation.kind === 'space' || beforeAbbreviation.lower === '(') {
      return { type: 'approx', start: abbreviation.start, phrase: `${abbreviation.lower}.` };
    }
  }
  return null;
}

/** Token index of the last token of a percent sign or word after token i, or -1. */
function percentAfter(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next?.lower === '%') return i + 1;
  if (next?.kind === 'space' && !next.newline && next.end - next.start === 1 && tokens[i + 2]?.lower === '%') return i + 2;
  const w = wordAfter(tokens, i);
  for (const words of PERCENT_WORDS) {
    let at = w;
    let ok = tokens[at]?.lower === words[0];
    for (let k = 1; ok && k < words.length; k++) {
      at = wordAfter(tokens, at);
      ok = tokens[at]?.lower === words[k];
    }
    if (ok) return at;
  }
  return -1;
}

/** True when tokens first..last are alone on a line of a text with more than one line. */
function isLineAlone(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const lineStart = !before || (before.kind === 'space' && (before.newline || first - 1 === 0));
  const lineEnd = !after || (after.kind === 'space' && (after.newline || last + 2 >= tokens.length));
  const multiLine = before?.newline === true || after?.newline === true;
  return lineStart && lineEnd && multiLine;
}

/** Words before a year that make a 4-digit number a year whatever follows ("en 2016 murieron"). */
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'en',
  'em',
  'im',
  'desde',
  'depuis',
  'seit',
  'hasta',
  'até',
  'bis',
  'année',
  'año',
  'ano',
  'jahr',
]);

/** Words that join two numbers into a pair ("20–27 March", "between 8 and 22 December", "du 8 au 22 décembre"). */
const PAIR_LINKS = new Set(['-', '–', '—', 'to', 'and', 'or', 'y', 'e', 'et', 'und', 'o', 'ou', 'oder', 'و', ...RANGE_LINKS]);

/** The lower-cased link between atoms a and b when only "[.] [space] link [space]" separates them; null otherwise. */
function pairLink(tokens: Token[], a: Atom, b: Atom): string | null {
  let p = a.last + 1;
  if (tokens[p]?.lower === '.') p++; // "8. bis 22. Dezember"
  if (tokens[p]?.kind === 'space' && !tokens[p]?.newline) p++;
  const link = tokens[p];
  let q = p + 1;
  if (tokens[q]?.kind === 'space' && !tokens[q]?.newline) q++;
  // "entre el 28 y el 30 de julio", "between the 8th and the 22nd".
  if (['el', 'le', 'the', 'o', 'den'].includes(tokens[q]?.lower ?? '') && tokens[q + 1]?.kind === 'space') q += 2;
  return link && q === b.first ? link.lower : null;
}

/** The month after token i: "18 March", "18 de marzo", "18. März"; returns true when one follows. */
function monthAfter(text: string, tokens: Token[], last: number): boolean {
  const next = wordAfter(tokens, last);
  if (isMonth(text, tokens[next])) return true;
  const lower = tokens[next]?.lower;
  if ((lower === 'de' || lower === 'do') && isMonth(text, tokens[wordAfter(tokens, next)])) return true;
  return tokens[last + 1]?.lower === '.' && isMonth(text, tokens[wordAfter(tokens, last + 1)]);
}

function markExclusions(text: string, tokens: Token[], atoms: Atom[]): void {
  const reasons = new Map<Atom, 'day' | 'furniture' | 'year'>();
  for (const atom of atoms) {
    if (atom.century) continue;
    const prev = wordBefore(tokens, atom.first);
    const next = wordAfter(tokens, atom.last);
    const prevWord = tokens[prev]?.lower ?? '';
    const nextWord = tokens[next]?.lower ?? '';
    const afterNext = tokens[wordAfter(tokens, next)]?.lower ?? '';
    // "the past two weeks" is a period and "3 hours ago" a time stamp: dates, not figures.
    const period = PERIOD_OPENERS.has(prevWord) || (DURATION_OPENERS.has(prevWord) && afterNext !== 'of');
    if ((period && TIME_UNITS.has(nextWord)) || (TIME_UNITS.has(nextWord) && afterNext === 'ago')) {
      atom.excluded = true;
      continue;
    }
    if (atom.fromWords) continue;
    // Next to a month name: "March 18", "Dec. 10", "11 December 2016", "18 de marzo".
    const prevDot = tokens[atom.first - 1]?.kind === 'space' && tokens[atom.first - 2]?.lower === '.' ? atom.first - 2 : -1;
    if (isMonth(text, tokens[prev]) || (prevDot >= 0 && isMonth(text, tokens[prevDot - 1])) || monthAfter(text, tokens, atom.last)) {
      atom.excluded = true;
      reasons.set(atom, 'day');
      continue;
    }
    // Page furniture: "12 comments", "Contributions of 200 words", "5 min read", "Page 3", "Photo 2 of 12".
    const qualified = qualifierBefore(tokens, atom.first) !== null;
    const furnitureAfter = FURNITURE_AFTER.has(nextWord) || (afterNext === 'read' && TIME_UNITS.has(nextWord));
    if ((!qualified && furnitureAfter) || FURNITURE_BEFORE.has(prevWord)) {
      atom.excluded = true;
      reasons.set(atom, 'furniture');
      continue;
    }
    // A 4-digit number without grouping is a year ("in 2013", "May 2015") unless qualified or followed by a count noun.
    if (atom.plainFour && atom.value >= 1000 && atom.value <= 2099 && !atom.plus) {
      const percent = percentAfter(tokens, atom.last) >= 0;
      const word = tokens[next];
      const countNoun = word !== undefined && !AFTER_YEAR.has(word.lower) && isLowerCase(text, word.start);
      if (!qualified && !percent && (!countNoun || YEAR_PREPOSITIONS.has(prevWord))) {
        atom.excluded = true;
        reasons.set(atom, 'year');
      }
    }
  }
  // The other end of a pair of days or of page numbers is not a figure either: "20–27 March", "March 20–27", "2 of 12".
  for (let i = 0; i + 1 < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    if (!a || !b) continue;
    const link = pairLink(tokens, a, b);
    if (link === null) continue;
    const reasonA = reasons.get(a);
    const reasonB = reasons.get(b);
    if ((reasonA === 'day' || reasonB === 'day') && PAIR_LINKS.has(link)) {
      a.excluded = true;
      b.excluded = true;
      reasons.set(a, 'day');
      reasons.set(b, 'day');
    } else if (reasonA === 'furniture' && link === 'of') {
      b.excluded = true;
    } else if (reasonA === 'year' && b.plainFour && b.value >= 1000 && b.value <= 2099 && PAIR_LINKS.has(link)) {
      // "in 2015 and 2016 killed": the second year too.
      b.excluded = true;
      reasons.set(b, 'year');
    }
  }
}

/** A lower-case letter at `at` (Latin and accented letters; other scripts have no case and count as lower). */
function isLowerCase(text: string, at: number): boolean {
  const ch = text.charAt(at);
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase() ? true : ch.toLowerCase() === ch.toUpperCase();
}

/** Hyphenated words straight after a figure: "2 000-year-old" → the token index of "old", or -1. */
function hyphenSuffix(tokens: Token[], last: number): number {
  let end = -1;
  let at = last;
  for (let n = 0; n < 3; n++) {
    const dash = tokens[at + 1];
    const word = tokens[at + 2];
    if (dash?.lower !== '-' || word?.kind !== 'word') break;
    end = at + 2;
    at = at + 2;
  }
  return end;
}

const AGE_BEFORE = new Set(['aged', 'age', 'ages', 'âgé', 'âgée', 'âgés', 'âgées', 'idade', 'edad', 'alter']);

/** An age: "2 000-year-old", "25 years old", "aged 25", "25 Jahre alt", "25 años de edad". */
function isAge(tokens: Token[], atom: Atom, suffixWords: string): boolean {
  if (/^years?-old$/.test(suffixWords) || suffixWords === 'jährige' || suffixWords === 'jähriger') return true;
  let before = wordBefore(tokens, atom.first);
  if (tokens[before]?.lower === 'de' || tokens[before]?.lower === 'of') before = wordBefore(tokens, before);
  if (AGE_BEFORE.has(tokens[before]?.lower ?? '')) return true;
  const next = wordAfter(tokens, atom.last);
  const unit = tokens[next]?.lower ?? '';
  const after = tokens[wordAfter(tokens, next)]?.lower ?? '';
  const after2 = tokens[wordAfter(tokens, wordAfter(tokens, next))]?.lower ?? '';
  if ((unit === 'years' || unit === 'year') && after === 'old') return true;
  if (unit === 'jahre' && after === 'alt') return true;
  return (
    (unit === 'años' || unit === 'anos' || unit === 'ans') &&
    (after === 'de' || after === 'd') &&
    (after2 === 'edad' || after2 === 'idade' || after2 === 'âge')
  );
}

function boundedValue(value: number, type: QualifierType | null): Omit<ClaimValue, 'asWritten'> {
  switch (type) {
    case 'gt':
      return { low: value, high: null, lowInclusive: false, highInclusive: false, approximate: false, interpretation: null };
    case 'ge':
      return { low: value, high: null, lowInclusive: true, highInclusive: false, approximate: false, interpretation: null };
    case 'le':
      return { low: null, high: value, lowInclusive: false, highInclusive: true, approximate: false, interpretation: null };
    case 'lt':
      return { low: null, high: value, lowInclusive: false, highInclusive: false, approximate: false, interpretation: null };
    case 'approx':
      return { low: value, high: value, lowInclusive: true, highInclusive: true, approximate: true, interpretation: null };
    default:
      return { low: value, high: value, lowInclusive: true, highInclusive: true, approximate: false, interpretation: null };
  }
}

/** Scale word after digits: "2.5 million". Returns the scale token index and factor, or null. */
function scaleAfter(tokens: Token[], atom: Atom): { token: number; factor: number } | null {
  if (atom.fromWords || atom.century) return null;
  const w = wordAfter(tokens, atom.last);
  const factor = SCALE_AFTER_DIGITS.get(tokens[w]?.lower ?? '');
  return factor !== undefined ? { token: w, factor } : null;
}

function numberDrafts(text: string, tokens: Token[], atoms: Atom[]): Draft[] {
  const drafts: Draft[] = [];
  for (const atom of atoms) {
    const scale = scaleAfter(tokens, atom);
    if (scale) {
      const tok = tokens[scale.token];
      if (tok) {
        atom.value *= scale.factor;
        atom.end = tok.end;
        atom.last = scale.token;
      }
    }
  }
  let a = 0;
  while (a < atoms.length) {
    const atom = atoms[a];
    a++;
    if (!atom || atom.excluded) continue;
    // Range: "20 to 25", "10-25%", "between 20 and 25".
    const percentA = percentAfter(tokens, atom.last);
    const afterA = percentA >= 0 ? percentA : atom.last;
    const other = atoms[a];
    let range: { second: Atom; between: number } | null = null;
    if (other && !other.excluded && !atom.century && !other.century) {
      const prevWord = wordBefore(tokens, atom.first);
      const betweenLinks = BETWEEN_WORDS.get(tokens[prevWord]?.lower ?? '');
      const between = betweenLinks ? prevWord : -1;
      // Tokens between the two numbers: [space] link [space].
      let p = afterA + 1;
      if (tokens[p]?.kind === 'space' && !tokens[p]?.newline) p++;
      const link = tokens[p];
      let q = p + 1;
      if (tokens[q]?.kind === 'space' && !tokens[q]?.newline) q++;
      const linkOk =
        link !== undefined &&
        (link.lower === '-' ||
          link.lower === '–' ||
          link.lower === '—' ||
          (link.kind === 'word' && RANGE_LINKS.has(link.lower) && between < 0) ||
          (link.kind === 'word' && betweenLinks?.has(link.lower) === true));
      const percentB = percentAfter(tokens, other.last) >= 0;
      if (linkOk && q === other.first && atom.value < other.value && (percentA < 0 || percentB)) {
        range = { second: other, between };
      }
    }
    if (range) {
      a++;
      const second = range.second;
      const percentB = percentAfter(tokens, second.last);
      const lastToken = percentB >= 0 ? percentB : second.last;
      const lastTok = tokens[lastToken];
      const betweenTok = tokens[range.between];
      const qualifier = qualifierBefore(tokens, range.between >= 0 ? range.between : atom.first);
      const approx = qualifier?.type === 'approx';
      const start = qualifier && approx ? qualifier.start : betweenTok ? betweenTok.start : atom.start;
      if (!lastTok) continue;
      drafts.push({
        start,
        figureEnd: lastTok.end,
        lastToken,
        value: {
          low: atom.value,
          high: second.value,
          lowInclusive: true,
          highInclusive: true,
          approximate: approx,
          interpretation: null,
        },
        kind: 'range',
        context: false,
      });
      continue;
    }
    let qualifier = qualifierBefore(tokens, atom.first);
    // "over two phases", "over three days": spread across, not more than.
    const nextWord = tokens[wordAfter(tokens, atom.last)]?.lower ?? '';
    const afterNext = tokens[wordAfter(tokens, wordAfter(tokens, atom.last))]?.lower ?? '';
    if (
      qualifier?.phrase === 'over' &&
      ((atom.fromWords && atom.value < 20) || (SPREAD_NOUNS.has(nextWord) && afterNext !== 'of' && afterNext !== 'ago'))
    ) {
      qualifier = null;
    }
    // A bare "one" is nearly always "one of", "one side": only a qualified "one" is proposed.
    if (atom.fromWords && atom.value === 1 && text.slice(atom.start, atom.end).toLowerCase() === 'one' && !qualifier) continue;
    // A number alone on its line is a counter or a page element, not a reported figure.
    if (!qualifier && percentA < 0 && isLineAlone(tokens, atom.first, atom.last)) continue;
    let lastToken = afterA;
    let suffixWords = '';
    if (percentA < 0) {
      const suffix = hyphenSuffix(tokens, atom.last);
      if (suffix >= 0) {
        lastToken = suffix;
        suffixWords = text.slice(tokens[atom.last + 1]?.end ?? 0, tokens[suffix]?.end ?? 0).toLowerCase();
      }
    }
    const lastTok = tokens[lastToken];
    if (!lastTok) continue;
    drafts.push({
      start: qualifier ? qualifier.start : atom.start,
      figureEnd: lastTok.end,
      lastToken,
      // "500+" is at least 500, unless a qualifier says more.
      value: boundedValue(atom.value, qualifier?.type ?? (atom.plus ? 'ge' : null)),
      kind: percentA >= 0 ? 'percent' : 'number',
      context: atom.century || isAge(tokens, atom, suffixWords),
    });
  }
  return drafts;
}

// Vague words: the rules table, indexed by first word, longest phrase first.
interface RulePhrase {
  rule: InterpretationRule;
  word: string;
  words: string[];
}
const RULE_PHRASES: ReadonlyMap<string, RulePhrase[]> = (() => {
  const byFirst = new Map<string, RulePhrase[]>();
  for (const rule of INTERPRETATION_RULES) {
    for (const word of rule.words) {
      const words = word.toLowerCase().split(/\s+/).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ rule, word, words });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.words.length - x.words.length);
  return byFirst;
})();

/** Matches a phrase's words from token i on; returns the last token index or -1. */
function matchPhrase(tokens: Token[], i: number, words: readonly string[]): number {
  let at = i;
  if (tokens[at]?.lower !== words[0]) return -1;
  for (let w = 1; w < words.length; w++) {
    const next = wordAfter(tokens, at);
    if (next < 0 || tokens[next]?.lower !== words[w]) return -1;
    at = next;
  }
  return at;
}

/**
 * Context a rule's word needs before it is proposed as a figure, keyed by rule id; returns the figure's last token index
 * (possibly narrower or wider than the phrase) or -1 to refuse.
 */
function vagueContext(tokens: Token[], { first, last }: { first: number; last: number }, phrase: RulePhrase): number {
  const next = tokens[wordAfter(tokens, last)];
  const prev = tokens[wordBefore(tokens, first)];
  switch (phrase.rule.id) {
    case 'most':
      // "most of the city", never "the most significant" or "make the most of".
      if (phrase.words.length !== 2 || prev?.lower === 'the') return -1;
      return first;
    case 'many':
      if (prev?.lower === 'how' || (prev?.lower === 'as' && next?.lower === 'as')) return -1;
      return last;
    case 'scores':
      return next?.lower === 'of' ? last : -1;
    case 'hundreds':
    case 'dozens': {
      // "hundreds of thousands" is not what the rule reads.
      const after = tokens[wordAfter(tokens, wordAfter(tokens, last))];
      if (next?.lower === 'of' && (after?.lower === 'thousands' || after?.lower === 'millions')) return -1;
      return last;
    }
    case 'completely': {
      // Only on what was done: "completely seized", never "fully controlling".
      const participle = wordAfter(tokens, last);
      const word = tokens[participle];
      return word && word.lower.length > 3 && word.lower.endsWith('ed') ? participle : -1;
    }
    default:
      return last;
  }
}

function vagueDrafts(tokens: Token[]): Draft[] {
  const drafts: Draft[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const phrases = t?.kind === 'word' ? RULE_PHRASES.get(t.lower) : undefined;
    if (!t || !phrases) {
      i++;
      continue;
    }
    let matched = false;
    for (const phrase of phrases) {
      const last = matchPhrase(tokens, i, phrase.words);
      if (last < 0) continue;
      const figureLast = vagueContext(tokens, { first: i, last }, phrase);
      if (figureLast < 0) continue;
      const interval = applyRule(phrase.rule.id);
      // The reading names the words the figure keeps: "most", not "most of".
      const word = figureLast < last ? (phrase.words[0] ?? phrase.word) : phrase.word;
      const reading = describeReading(phrase.rule.id, word);
      const lastTok = tokens[figureLast];
      if (!interval || reading === null || !lastTok) continue;
      drafts.push({
        start: t.start,
        figureEnd: lastTok.end,
        lastToken: figureLast,
        value: { ...interval, interpretation: { rule: phrase.rule.id, reading } },
        kind: 'vague',
        context: false,
      });
      i = Math.max(figureLast, last) + 1;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return drafts;
}

/** A rate or "overnight" within a few words after the figure, on its line, before `limit`: the token index and kind. */
function rateAfter(tokens: Token[], last: number, limit: number): { token: number; per: 'day' | null; overnight: boolean } | null {
  let at = last;
  for (let n = 0; n <= RATE_GAP_WORDS; n++) {
    const w = wordAfter(tokens, at);
    const word = tokens[w];
    if (!word || word.end > limit) return null;
    if (DAILY_WORDS.has(word.lower)) return { token: w, per: 'day', overnight: false };
    if (word.lower === 'overnight') return { token: w, per: null, overnight: true };
    if (PER_WORDS.has(word.lower)) {
      const day = wordAfter(tokens, w);
      const dayTok = tokens[day];
      if (dayTok !== undefined && DAY_WORDS.has(dayTok.lower) && dayTok.end <= limit) {
        const following = tokens[wordAfter(tokens, day)];
        const punctAfter = tokens[day + 1]?.kind === 'punct' && tokens[day + 1]?.lower !== '-';
        if (punctAfter || !following || !NOT_A_RATE_AFTER.has(following.lower)) return { token: day, per: 'day', overnight: false };
      }
    }
    at = w;
  }
  return null;
}

function findFiguresUnsafe(original: string, language: FinderLanguage): FigureCandidate[] {
  // Arabic-Indic digits read as ASCII ones, one unit for one, so offsets into the original hold.
  const text = asciiDigits(original);
  const tokens = tokenise(text);
  const atoms: Atom[] = [];
  parseDigitRuns(text, tokens, atoms, numberFormat(language));
  parseNumberWords(text, tokens, atoms);
  atoms.sort((x, y) => x.start - y.start);
  markExclusions(text, tokens, atoms);
  const drafts: Draft[] = [...numberDrafts(text, tokens, atoms), ...vagueDrafts(tokens)];
  drafts.sort((x, y) => x.start - y.start || y.figureEnd - x.figureEnd);
  // Overlaps: the earlier (then longer) draft wins.
  const kept: Draft[] = [];
  for (const d of drafts) {
    const prev = kept[kept.length - 1];
    if (prev && d.start < prev.figureEnd) continue;
    kept.push(d);
  }
  const out: FigureCandidate[] = [];
  for (const [index, d] of kept.entries()) {
    const limit = kept[index + 1]?.start ?? text.length;
    const rate = rateAfter(tokens, d.lastToken, limit);
    const rateTok = rate ? tokens[rate.token] : undefined;
    const end = rateTok ? rateTok.end : d.figureEnd;
    const value: ClaimValue = { ...d.value, asWritten: original.slice(d.start, d.figureEnd) };
    if (value.low !== null && value.high !== null && value.low > value.high) continue;
    out.push({
      start: d.start,
      end,
      text: original.slice(d.start, end),
      value,
      per: rate?.per ?? null,
      overnight: rate?.overnight ?? false,
      kind: d.kind,
      context: d.context,
    });
  }
  return out;
}

/** Finds candidate figures in text, in order of position, read in the article's language (guessed when not given); never throws; linear time. */
export function findFigures(text: string, options: FinderOptions = {}): FigureCandidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findFiguresUnsafe(text, options.language ?? detectLanguage(text));
  } catch {
    return [];
  }
}
