// What a figure counts: the noun phrase after it ("air raids", "civilians killed"), matched against the workspace's
// measures (their label, unit and the quotes of their claims), else a new measure prefilled with a label and a unit.
import type { FigureCandidate } from '../figure-finder';
import type { Claim, Measure } from '../schema';
import type { Span } from './text-spans';

export type MeasureChoice = { kind: 'measure'; measureId: string } | { kind: 'new'; label: string; unit: string };

export interface MeasureSuggestion {
  choice: MeasureChoice;
  /** The counted words in the text; null when none were found. */
  span: [number, number] | null;
  why: string;
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'and',
  'or',
  'by',
  'for',
  'from',
  'with',
  'as',
  'that',
  'which',
  'who',
  'were',
  'was',
  'is',
  'are',
  'have',
  'has',
  'had',
  'been',
  'be',
  'said',
  'says',
  'since',
  'than',
  'more',
  'least',
  'about',
  'around',
  'some',
  'its',
  'their',
  'his',
  'her',
  'this',
  'these',
  'those',
  'it',
  'they',
  'there',
  'per',
  'day',
  'daily',
  'de',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'des',
  'du',
  'do',
  'da',
  'dos',
  'das',
  'der',
  'die',
  'das',
  'und',
  'y',
  'e',
  'et',
  'en',
  'em',
]);
/** Words that end the counted phrase: verbs, prepositions and conjunctions after the noun. */
const PHRASE_END = new Set([
  'in',
  'on',
  'at',
  'to',
  'and',
  'or',
  'by',
  'for',
  'from',
  'with',
  'as',
  'that',
  'which',
  'who',
  'were',
  'was',
  'is',
  'are',
  'have',
  'has',
  'had',
  'since',
  'during',
  'over',
  'across',
  'near',
  'after',
  'before',
  'when',
  'while',
  'but',
  'a',
  'per',
  'each',
  'every',
  'daily',
  'overnight',
  'en',
  'em',
  'dans',
  'à',
  'et',
  'y',
  'e',
  'und',
  'im',
  'am',
  'ont',
  'han',
  'foram',
  'wurden',
  'said',
  'says',
  'according',
  'including',
  'among',
]);
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['killing', 'killed'],
  ['wounding', 'wounded'],
  ['injuring', 'injured'],
  ['destroying', 'destroyed'],
  ['kidnapping', 'kidnapped'],
  ['displacing', 'displaced'],
  ['arresting', 'arrested'],
  ['executing', 'executed'],
  ['abducting', 'abducted'],
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'of']);

/** Singular-ish stem, so "raids" matches "raid" and "strikes" "strike". */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('es') && /(ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '' && !STOP.has(w));
}

interface Counted {
  /** The counted noun phrase as written: "combat sorties", "civilians". */
  phrase: string;
  span: [number, number];
  /** Its head noun, the likely unit: "sorties". */
  head: string;
  /** A participle that says what happened to them: "killed". */
  participle: string;
}

/** The noun phrase a figure counts: up to four words after it ("of" and determiners skipped), ended by a verb, a preposition or punctuation. */
export function countedPhrase(text: string, candidate: FigureCandidate): Counted | null {
  const figureWordsEnd = candidate.start + candidate.value.asWritten.length;
  const re = /[\p{L}][\p{L}'’-]*|[^\p{L}\s]/gu;
  re.lastIndex = figureWordsEnd;
  const found: { word: string; start: number; end: number }[] = [];
  let skipped = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (!/\p{L}/u.test(word)) {
      if (word === '%') continue;
      break;
    }
    // Only spaces between words.
    const prevEnd = found.at(-1)?.end ?? figureWordsEnd;
    if (!/^\s*$/.test(text.slice(prevEnd, m.index)) && found.length > 0) break;
    if (found.length === 0 && DETERMINERS.has(lower) && skipped < 2) {
      skipped++;
      continue;
    }
    if (PHRASE_END.has(lower) || found.length >= 4) break;
    found.push({ word, start: m.index, end: m.index + word.length });
  }
  let participle = '';
  // A word in -ed after the noun is a participle ("people killed on Tuesday") or a verb ("raids targeted the city"): it ends the phrase.
  const verb = found.findIndex((f, k) => k > 0 && /ed$/.test(f.word.toLowerCase()));
  if (verb > 0) {
    const after =
      text
        .slice(found[verb]?.end ?? 0)
        .match(/^\s*([\p{L}]+|[^\s])/u)?.[1]
        ?.toLowerCase() ?? '';
    if (!/\p{L}/u.test(after) || PHRASE_END.has(after)) participle = found[verb]?.word.toLowerCase() ?? '';
    found.splice(verb);
  }
  const head = found.at(-1);
  const first = found[0];
  if (!head || !first) return null;
  if (!participle) {
    // "killing at least 40 civilians" → "civilians killed".
    const before = text
      .slice(Math.max(0, candidate.start - 30), candidate.start)
      .toLowerCase()
      .match(/(\p{L}+)\s+$/u);
    const verb = before?.[1] ?? '';
    participle = PARTICIPLES.get(verb) ?? (/ed$/.test(verb) && verb.length > 4 ? verb : '');
  }
  return { phrase: text.slice(first.start, head.end), span: [first.start, head.end], head: head.word.toLowerCase(), participle };
}

export interface MeasureContext {
  text: string;
  candidate: FigureCandidate;
  /** The figure's quote: its words count towards the match. */
  quote: Span;
  measures: readonly Measure[];
  /** The words of other articles' quotes, by measure (`wordsByMeasure`): they tell what each measure's figures look like. */
  measureWords: ReadonlyMap<string, ReadonlySet<string>>;
  place: string;
  /** The article's date, YYYY-MM-DD, for the label of a new measure. */
  articleDate: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function unitOf(candidate: FigureCandidate, counted: Counted | null): string {
  if (candidate.kind === 'percent' || /%|percent|per cent|prozent|por ciento|pour cent/i.test(candidate.text)) return 'percent';
  return counted?.head ?? '';
}

/** A score for a measure: its unit against the counted noun (required), then the words it shares with the quote and its year. */
function scoreMeasure(measure: Measure, unit: string, quoteWords: ReadonlySet<string>, bag: ReadonlySet<string>, year: string): number {
  const measureUnit = stem(measure.unit.split(/\s+/)[0] ?? '');
  const unitStem = stem(unit);
  const labelStems = new Set(words(measure.label).map(stem));
  const unitFits = unitStem !== '' && (measureUnit === unitStem || labelStems.has(unitStem) || bag.has(unitStem));
  if (!unitFits) return 0;
  let score = 2;
  for (const w of quoteWords) if (labelStems.has(w) || bag.has(w)) score += 1;
  const years: string[] = measure.label.match(/\b(19|20)\d{2}\b/g) ?? [];
  if (years.length > 0) score += years.includes(year) ? 1 : -2;
  return score;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The stemmed words of the claims' quotes, by measure: what the measure suggester matches a new quote against. Made once
 * per article opened, where the claims are held, so the page receives these words and not every claim.
 *
 * wordsByMeasure([{ measureId: 'killed', quote: 'killed 40 civilians' }]) → Map { 'killed' → Set { 'killed', '40', 'civilian' } }
 */
export function wordsByMeasure(claims: Iterable<Pick<Claim, 'measureId' | 'quote'>>): Map<string, Set<string>> {
  const bags = new Map<string, Set<string>>();
  for (const claim of claims) {
    let bag = bags.get(claim.measureId);
    if (!bag) bags.set(claim.measureId, (bag = new Set<string>()));
    for (const w of words(claim.quote)) bag.add(stem(w));
  }
  return bags;
}

/** Suggests the measure: an existing one whose unit fits and that shares enough words with the quote, else a new one. */
export function suggestMeasure({ text, candidate, quote, measures, measureWords, place, articleDate }: MeasureContext): MeasureSuggestion {
  const counted = countedPhrase(text, candidate);
  const unit = unitOf(candidate, counted);
  const quoteWords = new Set(words(text.slice(quote[0], quote[1])).map(stem));
  const year = articleDate.slice(0, 4);
  let best: { measure: Measure; score: number } | null = null;
  for (const measure of measures) {
    if (measure.context !== candidate.context) continue;
    const score = scoreMeasure(measure, unit, quoteWords, measureWords.get(measure.id) ?? NO_WORDS, year);
    if (score > (best?.score ?? 0)) best = { measure, score };
  }
  // Two shared words beyond the unit: the same thing counted, not just the same unit.
  if (best && best.score >= 4) {
    return {
      choice: { kind: 'measure', measureId: best.measure.id },
      span: counted?.span ?? null,
      why: counted
        ? `from “${counted.phrase}”: like “${best.measure.label}” (${best.measure.unit})`
        : `like “${best.measure.label}” (${best.measure.unit})`,
    };
  }
  const month = MONTHS[Number(articleDate.slice(5, 7)) - 1] ?? '';
  const what = counted ? `${counted.phrase}${counted.participle ? ` ${counted.participle}` : ''}` : 'Figure';
  const label = `${what.charAt(0).toUpperCase()}${what.slice(1)}${place ? ` in ${place}` : ''}${month ? `, ${month} ${year}` : ''}`;
  return {
    choice: { kind: 'new', label, unit: unit || 'people' },
    span: counted?.span ?? null,
    why: counted ? `a new measure, from “${counted.phrase}”` : 'a new measure: no counted words after the figure',
  };
}
