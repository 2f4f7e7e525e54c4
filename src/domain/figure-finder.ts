// Figure finder: proposes the figures of an article ("more than 900", "20 to 25 combat sorties daily", "dozens") with the
// interval the dataset would store for them (docs/dataset.md), for a person to confirm. Vague words are read only through
// the interpretation rules table (./interpretation-rules), never a copy of it.
//
// One linear pass tokenises the text; every later step looks at a bounded number of neighbouring tokens, so the whole
// run is linear in the length of the text. Digits are parsed here; number words ("twenty", "a dozen") go to the number
// recogniser, but only on short windows of number words, so its cost stays bounded per window whatever the input.
// Pure: no DOM, no fetch. See docs/figure-finder.md.
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
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

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A month name, capitalised as in running text ("may" and "march" in lower case are verbs). */
function isMonth(text: string, token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !MONTHS.has(token.lower)) return false;
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

type QualifierType = 'gt' | 'ge' | 'le' | 'lt' | 'approx';

/** Words before a number that bound it or mark it approximate, as docs/dataset.md stores them. */
const QUALIFIERS: ReadonlyArray<readonly [string, QualifierType]> = [
  ['more than', 'gt'],
  ['over', 'gt'],
  ['well over', 'gt'],
  ['just over', 'gt'],
  ['greater than', 'gt'],
  ['upwards of', 'gt'],
  ['in excess of', 'gt'],
  ['at least', 'ge'],
  ['no fewer than', 'ge'],
  ['no less than', 'ge'],
  ['not less than', 'ge'],
  ['a minimum of', 'ge'],
  ['up to', 'le'],
  ['as many as', 'le'],
  ['as much as', 'le'],
  ['at most', 'le'],
  ['no more than', 'le'],
  ['not more than', 'le'],
  ['a maximum of', 'le'],
  ['fewer than', 'lt'],
  ['less than', 'lt'],
  ['under', 'lt'],
  ['just under', 'lt'],
  ['below', 'lt'],
  ['around', 'approx'],
  ['about', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['an estimated', 'approx'],
  ['estimated', 'approx'],
  ['close to', 'approx'],
  ['circa', 'approx'],
];
const QUALIFIER_BY_PHRASE: ReadonlyMap<string, QualifierType> = new Map(QUALIFIERS);
const QUALIFIER_MAX_WORDS = 3;

/** Words that may follow a year ("in 2015 and", "May 2015 when"); any other lower-case word after a 4-digit number makes it a count. */
const AFTER_YEAR = new Set(
  [
    'and or but nor so yet to in on at by for of from with without into onto over under during through about against',
    'when while as after before until till since than that which where who whom whose what why how',
    'the a an this these that those there here then now also still already only just even',
    'it its he she they we i you him her them us his their our my your',
    'is are was were be been being am has have had having do does did will would shall should can could may might must',
    'saw brought marked began ended followed',
  ]
    .join(' ')
    .split(' '),
);

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
}

function parseDigitRuns(text: string, tokens: Token[], atoms: Atom[]): void {
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
      if (leadText.length > 1 && leadText.charAt(0) === '0' && seps[k] !== '.') {
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
        if (thSep !== undefined && (thSep === ',' || GROUP_SPACES.has(thSep)) && groupLen(k + 1) === 3) {
          while (seps[k] === thSep && groupLen(k + 1) === 3) {
            const g = tokens[groups[k + 1] ?? -1];
            if (!g) break;
            digits += text.slice(g.start, g.end);
            k++;
          }
        }
      }
      let decimal = false;
      if (seps[k] === '.' && k + 1 < groups.length) {
        const g = tokens[groups[k + 1] ?? -1];
        if (g) {
          digits += `.${text.slice(g.start, g.end)}`;
          decimal = true;
          k++;
        }
      }
      const value = Number(digits);
      const sepAfter = seps[k];
      if (decimal && sepAfter === '.') {
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
}

function qualifierBefore(tokens: Token[], firstToken: number): { type: QualifierType; start: number } | null {
  const words = wordsBefore(tokens, firstToken, QUALIFIER_MAX_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const slice = words.slice(words.length - n);
    const phrase = slice.map((w) => tokens[w]?.lower ?? '').join(' ');
    const type = QUALIFIER_BY_PHRASE.get(phrase);
    const startTok = tokens[slice[0] ?? -1];
    if (type && startTok) return { type, start: startTok.start };
  }
  return null;
}

/** Token index of the last token of a percent sign or word after token i, or -1. */
function percentAfter(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (next?.lower === '%') return i + 1;
  if (next?.kind === 'space' && !next.newline && next.end - next.start === 1 && tokens[i + 2]?.lower === '%') return i + 2;
  const w = wordAfter(tokens, i);
  const word = tokens[w];
  if (word?.lower === 'percent' || word?.lower === 'pc') return w;
  if (word?.lower === 'per' && tokens[wordAfter(tokens, w)]?.lower === 'cent') return wordAfter(tokens, w);
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

function markExclusions(text: string, tokens: Token[], atoms: Atom[]): void {
  for (const atom of atoms) {
    if (atom.fromWords || atom.century) continue;
    // Next to a month name: "March 18", "Dec. 10", "11 December 2016".
    const prev = wordBefore(tokens, atom.first);
    const prevDot = tokens[atom.first - 1]?.kind === 'space' && tokens[atom.first - 2]?.lower === '.' ? atom.first - 2 : -1;
    if (isMonth(text, tokens[prev]) || (prevDot >= 0 && isMonth(text, tokens[prevDot - 1]))) {
      atom.excluded = true;
      continue;
    }
    const next = wordAfter(tokens, atom.last);
    if (isMonth(text, tokens[next])) {
      atom.excluded = true;
      continue;
    }
    // A 4-digit number without grouping is a year ("in 2013", "May 2015") unless qualified or followed by a count noun.
    if (atom.plainFour && atom.value >= 1000 && atom.value <= 2099) {
      const qualified = qualifierBefore(tokens, atom.first) !== null;
      const percent = percentAfter(tokens, atom.last) >= 0;
      const nextWord = tokens[next];
      const countNoun =
        nextWord !== undefined &&
        !AFTER_YEAR.has(nextWord.lower) &&
        text.charCodeAt(nextWord.start) >= 0x61 &&
        text.charCodeAt(nextWord.start) <= 0x7a;
      if (!qualified && !percent && !countNoun) atom.excluded = true;
    }
  }
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
  const factor = SCALE_WORDS.get(tokens[w]?.lower ?? '');
  return factor !== undefined && factor >= 1_000 ? { token: w, factor } : null;
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
      const between = tokens[prevWord]?.lower === 'between' ? prevWord : -1;
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
          (link.kind === 'word' && link.lower === 'to' && between < 0) ||
          (link.kind === 'word' && link.lower === 'and' && between >= 0));
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
      });
      continue;
    }
    const qualifier = qualifierBefore(tokens, atom.first);
    // A bare "one" is nearly always "one of", "one side": only a qualified "one" is proposed.
    if (atom.fromWords && atom.value === 1 && text.slice(atom.start, atom.end).toLowerCase() === 'one' && !qualifier) continue;
    // A number alone on its line is a counter or a page element, not a reported figure.
    if (!qualifier && percentA < 0 && isLineAlone(tokens, atom.first, atom.last)) continue;
    let lastToken = afterA;
    if (percentA < 0) {
      const suffix = hyphenSuffix(tokens, atom.last);
      if (suffix >= 0) lastToken = suffix;
    }
    const lastTok = tokens[lastToken];
    if (!lastTok) continue;
    drafts.push({
      start: qualifier ? qualifier.start : atom.start,
      figureEnd: lastTok.end,
      lastToken,
      value: boundedValue(atom.value, qualifier?.type ?? null),
      kind: percentA >= 0 ? 'percent' : 'number',
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
    if (word.lower === 'daily') return { token: w, per: 'day', overnight: false };
    if (word.lower === 'overnight') return { token: w, per: null, overnight: true };
    if (word.lower === 'a' || word.lower === 'per' || word.lower === 'each' || word.lower === 'every') {
      const day = wordAfter(tokens, w);
      const dayTok = tokens[day];
      if (dayTok?.lower === 'day' && dayTok.end <= limit) {
        const following = tokens[wordAfter(tokens, day)];
        const punctAfter = tokens[day + 1]?.kind === 'punct' && tokens[day + 1]?.lower !== '-';
        if (punctAfter || !following || !NOT_A_RATE_AFTER.has(following.lower)) return { token: day, per: 'day', overnight: false };
      }
    }
    at = w;
  }
  return null;
}

function findFiguresUnsafe(text: string): FigureCandidate[] {
  const tokens = tokenise(text);
  const atoms: Atom[] = [];
  parseDigitRuns(text, tokens, atoms);
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
    const value: ClaimValue = { ...d.value, asWritten: text.slice(d.start, d.figureEnd) };
    if (value.low !== null && value.high !== null && value.low > value.high) continue;
    out.push({
      start: d.start,
      end,
      text: text.slice(d.start, end),
      value,
      per: rate?.per ?? null,
      overnight: rate?.overnight ?? false,
      kind: d.kind,
    });
  }
  return out;
}

/** Finds candidate figures in text, in order of position; never throws; linear time. */
export function findFigures(text: string): FigureCandidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return findFiguresUnsafe(text);
  } catch {
    return [];
  }
}
