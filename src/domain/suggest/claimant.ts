// Who made a claim: the attribution around its figure ("according to X", "X said", "X told AFP", "(X)"), matched against
// the workspace's sources and the names they go by, else a new source with the name prefilled, else the outlet's own voice.
import type { Source, SourceKind } from '../schema';
import { nextSentence, previousSentence, sentenceSpan, type Span } from './text-spans';

export type ClaimantChoice = { kind: 'source'; sourceId: string } | { kind: 'new'; name: string };

export interface ClaimantSuggestion {
  choice: ClaimantChoice;
  /** Intermediaries named between the claimant and the outlet ("told AFP"), as source ids. */
  via: string[];
  /** The attribution words in the text; null when the outlet speaks in its own voice. */
  span: [number, number] | null;
  why: string;
}

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  capital: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function wordsOf(text: string, [start, end]: Span): Word[] {
  const words: Word[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    // French elisions: "l'OMS" is "OMS".
    const elided = /^[ldjnmst][’']/iu.exec(m[0]);
    const offset = elided ? 2 : 0;
    const index = m.index + offset;
    const raw = m[0].slice(offset).replace(/[’']s$/u, '');
    if (raw === '') continue;
    const first = raw.charAt(0);
    words.push({
      start: start + index,
      end: start + index + raw.length,
      text: raw,
      lower: raw.toLowerCase(),
      // Scripts without case (Arabic) can only be read as names.
      capital: first !== first.toLowerCase() || (first.toLowerCase() === first.toUpperCase() && /\p{L}/u.test(first)),
    });
  }
  return words;
}

/** Text between two words holds only spaces (no comma, quote or bracket). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^\s*(?:[ldjnmst][’'])?$/iu.test(text.slice(a.end, b.start));
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'el',
  'los',
  'las',
  'o',
  'os',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'l',
  'al',
  'un',
  'une',
  'una',
  'um',
  'uma',
  'ein',
  'eine',
  'einen',
]);
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'del', 'da', 'do', 'für', 'al', 'and']);
/** Lower-case words that name a speaker without a name: "activists said", "a military source said". */
const ROLE_WORDS = new Set([
  'activists',
  'activist',
  'monitor',
  'observatory',
  'residents',
  'resident',
  'officials',
  'official',
  'source',
  'sources',
  'ministry',
  'army',
  'military',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'police',
  'agency',
  'media',
  'tv',
  'television',
  'witnesses',
  'witness',
  'doctors',
  'medics',
  'rescuers',
  'analysts',
  'experts',
  'group',
  'government',
  'authorities',
  'commander',
  'governor',
  'statement',
  'report',
  'militants',
  'rebels',
  'opposition',
  'command',
  'forces',
  'defence',
  'guard',
  'examiner',
  'ministère',
  'ministerio',
  'ministério',
  'ministerium',
  'gouvernement',
  'gobierno',
  'governo',
  'regierung',
  'polizei',
  'policía',
  'polícia',
  'responsable',
  'portavoz',
  'porta-voz',
  'sprecher',
  'fiscal',
  'rescuer',
  'doctor',
  'nurse',
  'teacher',
  'survivor',
  'survivors',
  'worker',
  'workers',
  'vecina',
  'vecino',
  'morador',
  'moradora',
  'anwohner',
  'habitant',
  'habitante',
  'organización',
  'organisation',
  'organization',
  'organização',
  'ong',
  'ngo',
  'groupe',
  'grupo',
]);
/** Words that stop a name in scripts without case ("إن", "أن": "that"). */
const NAME_STOPS = new Set(['إن', 'أن', 'في', 'يوم', 'من', 'على', 'بعد', 'تم', 'لقد']);
/** "un nouveau bilan du ministère", "nach Angaben der Polizei": the name comes after these words and a connector. */
const REPORT_NOUNS = new Set([
  'bilan',
  'balance',
  'informe',
  'relatório',
  'balanço',
  'report',
  'statement',
  'tally',
  'figures',
  'angaben',
  'communiqué',
  'comunicado',
  'estimate',
]);
/** Verbs after which the speaker may follow in French, Spanish, Portuguese, German and Arabic ("a indiqué lundi le Programme…"). */
const SPEAKER_AFTER = new Set([
  'déclaré',
  'indiqué',
  'estimé',
  'affirmé',
  'annoncé',
  'précisé',
  'informó',
  'dijo',
  'aseguró',
  'afirmó',
  'señaló',
  'informou',
  'disse',
  'afirmou',
  'teilte',
  'sagte',
  'erklärte',
  'berichtete',
  'قال',
  'وقال',
  'قالت',
  'وقالت',
  'أضاف',
  'وأضاف',
  'ذكر',
  'وذكر',
]);
const WEEKDAYS = new Set([
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunes',
  'martes',
  'miércoles',
  'jueves',
  'viernes',
  'sábado',
  'domingo',
  'am',
  'on',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'ontem',
  'ayer',
  'hier',
]);
const ROLE_MODIFIERS = new Set([
  'military',
  'security',
  'medical',
  'local',
  'state',
  'syrian',
  'russian',
  'kurdish',
  'turkish',
  'iraqi',
  'us',
  'un',
  'government',
  'opposition',
  'rebel',
  'senior',
  'defence',
  'defense',
  'interior',
  'health',
  'foreign',
  'news',
  'rights',
  'human',
  'monitoring',
  'british',
  'britain-based',
  'london-based',
  'britain',
  'based',
  'london',
  'civil',
  'refugee',
  'un',
  'coast',
  'general',
  'provincial',
  'regional',
  'medical',
  'county',
  'fire',
  'coast',
  'aid',
]);
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'il', 'elle', 'ils', 'er', 'sie', 'ele', 'ela']);
const STOP_BEFORE_NAME = new Set([
  'that',
  'and',
  'but',
  'which',
  'who',
  'when',
  'as',
  'while',
  'where',
  'after',
  'before',
  'he',
  'she',
  'they',
  'it',
  'we',
]);

/** Verbs that follow the speaker: "X said", "X told Y", "X reported that". */
const AFTER_NAME_VERBS = new Set([
  'said',
  'says',
  'say',
  'reported',
  'told',
  'alleged',
  'alleges',
  'echoed',
  'noted',
  'insisted',
  'explained',
  'accused',
  'claimed',
  'claims',
  'estimated',
  'estimates',
  'announced',
  'stated',
  'added',
  'counted',
  'recorded',
  'documented',
  'confirmed',
  'tallied',
  'put',
  'wrote',
  'tweeted',
  'warned',
  'declared',
  'dijo',
  'informó',
  'afirmó',
  'aseguró',
  'disse',
  'afirmou',
  'informou',
  'relatou',
  'sagte',
  'erklärte',
  'berichtete',
  'meldete',
  'déclaré',
  'indiqué',
  'affirmé',
  'annoncé',
  'rapporté',
  'estimé',
  'recensé',
  'contabilizó',
  'elevó',
  'cifra',
  'informou',
  'mitteilte',
]);
/** Words the speaker follows: "according to X", "per X", "said X". */
const BEFORE_NAME = [
  ['according', 'to'],
  ['per'],
  ['citing'],
  ['quoting'],
  ['said'],
  ['says'],
  ['selon'],
  ['d’après'],
  ['según'],
  ['segundo'],
  ['laut'],
  ['zufolge'],
  ['de', 'acuerdo', 'con'],
  ['de', 'acordo', 'com'],
  ['بحسب'],
  ['حسب'],
  ['وفقا'],
  ['قال'],
  ['وبحسب'],
  ['reported', 'by'],
  ['nach', 'angaben'],
] as const;
const POSSESSIVE_NOUNS = new Set(['figure', 'figures', 'toll', 'count', 'tally', 'estimate', 'estimates', 'data', 'report', 'numbers']);

interface Attribution {
  name: string;
  /** The whole attribution in the text, name and trigger words. */
  span: [number, number];
  trigger: string;
  /** "told AFP": the intermediary's name. */
  via: string | null;
  /** "it said", "he added": the speaker is the one named before. */
  pronoun: boolean;
}

/** The speaker's name from word i on, forwards: capitalised words and their connectors, or a short role phrase. */
function nameForward(text: string, words: Word[], i: number): [number, number] | null {
  let at = i;
  while (words[at] && DETERMINERS.has(words[at]?.lower ?? '') && words[at + 1] && adjacent(text, words[at] as Word, words[at + 1] as Word))
    at++;
  // "un nouveau bilan du ministère de l'Intérieur": the speaker is after the report.
  for (let k = at; k < Math.min(words.length, at + 4); k++) {
    if (REPORT_NOUNS.has(words[k]?.lower ?? '') && CONNECTORS.has(words[k + 1]?.lower ?? '')) {
      at = k + 2;
      while (DETERMINERS.has(words[at]?.lower ?? '') && words[at + 1]) at++;
      break;
    }
  }
  const first = words[at];
  if (first && NAME_STOPS.has(first.lower)) return null;
  if (!first) return null;
  let last = at;
  if (first.capital) {
    for (let k = at + 1; k < words.length; k++) {
      const w = words[k] as Word;
      if (!adjacent(text, words[k - 1] as Word, w) || NAME_STOPS.has(w.lower)) break;
      if (w.capital) last = k;
      // "UN refugee agency UNHCR", "Ministerio de Defensa", "ministère de la Santé".
      else if (ROLE_MODIFIERS.has(w.lower) || ROLE_WORDS.has(w.lower)) last = k;
      else if (
        (CONNECTORS.has(w.lower) || DETERMINERS.has(w.lower)) &&
        (words[k + 1]?.capital || CONNECTORS.has(words[k + 1]?.lower ?? '') || DETERMINERS.has(words[k + 1]?.lower ?? ''))
      )
        continue;
      else break;
    }
    return [at, last];
  }
  // A role: "activists", "a military source", "local officials".
  for (let k = at; k < Math.min(words.length, at + 4); k++) {
    const w = words[k] as Word;
    if (k > at && !adjacent(text, words[k - 1] as Word, w)) break;
    if (ROLE_WORDS.has(w.lower)) {
      // "le ministère de la Santé", "the ministry of health": the name goes on after a connector.
      let end = k;
      for (let q = k + 1; q < words.length && q < k + 5; q++) {
        const x = words[q] as Word;
        if (!adjacent(text, words[q - 1] as Word, x)) break;
        if (x.capital) end = q;
        else if (!(CONNECTORS.has(x.lower) || DETERMINERS.has(x.lower))) break;
      }
      return [at, end];
    }
    if (!ROLE_MODIFIERS.has(w.lower) && !w.capital) break;
  }
  return null;
}

/** The speaker's name ending at word j, backwards: capitalised words and connectors, or a role phrase. */
function nameBackward(text: string, words: Word[], j: number): [number, number] | null {
  const last = words[j];
  if (!last) return null;
  let first = j;
  if (last.capital || ROLE_WORDS.has(last.lower) || (ROLE_MODIFIERS.has(last.lower) && ROLE_WORDS.has(words[j - 1]?.lower ?? ''))) {
    for (let k = j - 1; k >= 0 && j - k < 8; k--) {
      const w = words[k] as Word;
      if (!adjacent(text, w, words[k + 1] as Word)) break;
      if (STOP_BEFORE_NAME.has(w.lower)) break;
      if (w.capital || ROLE_MODIFIERS.has(w.lower) || (CONNECTORS.has(w.lower) && words[k - 1]?.capital)) first = k;
      else if (DETERMINERS.has(w.lower)) {
        first = k;
        break;
      } else break;
    }
    // A sentence-initial word is capitalised anyway: "Activists said" is a role, "Rebels said" too.
    return [first, j];
  }
  return null;
}

function phrase(text: string, words: Word[], [a, b]: [number, number]): string {
  const from = words[a];
  const to = words[b];
  return from && to ? text.slice(from.start, to.end) : '';
}

function matchesAt(words: Word[], i: number, seq: readonly string[]): boolean {
  return seq.every((s, k) => words[i + k]?.lower === s);
}

/** The attributions of one sentence, nearest to the figure first. */
function attributionsIn(text: string, sentence: Span, figure: Span): Attribution[] {
  const words = wordsOf(text, sentence);
  const found: (Attribution & { distance: number })[] = [];
  const distance = (span: [number, number]) => (span[1] <= figure[0] ? figure[0] - span[1] : Math.max(0, span[0] - figure[1]));
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Before-name triggers: "according to X", "per X", "said X".
    for (const seq of BEFORE_NAME) {
      if (!matchesAt(words, i, seq)) continue;
      const after = i + seq.length;
      // "…, said X" and "” said X" only: "the monitor said ISIS had seized" names the subject of what was said.
      if (seq[0] === 'said' || seq[0] === 'says') {
        let named = after;
        while (DETERMINERS.has(words[named]?.lower ?? '')) named++;
        if (!words[named]?.capital || !/[,”"]\s*$/.test(text.slice(Math.max(0, w.start - 3), w.start))) continue;
      }
      const name = words[after] && adjacent(text, words[after - 1] as Word, words[after]) ? nameForward(text, words, after) : null;
      if (!name) continue;
      const span: [number, number] = [w.start, (words[name[1]] as Word).end];
      if (span[0] < figure[1] && figure[0] < span[1]) continue;
      found.push({ name: phrase(text, words, name), span, trigger: seq.join(' '), via: null, pronoun: false, distance: distance(span) });
    }
    // After-name verbs: "X said", "X told AFP", "X reported that", "X a déclaré".
    if (AFTER_NAME_VERBS.has(w.lower) && i > 0) {
      let j = i - 1;
      // "X has said", "X a déclaré", "X on Tuesday said".
      if (['has', 'have', 'had', 'a', 'ha', 'hat', 'also'].includes(words[j]?.lower ?? '')) j--;
      const before = words[j];
      // "Maamoun Abdulkarim, told AFP": a name in apposition may stand before a comma.
      const joined = before !== undefined && /^,?\s*$/.test(text.slice(before.end, (words[j + 1] as Word).start));
      if (before && joined && PRONOUNS.has(before.lower)) {
        const span: [number, number] = [before.start, w.end];
        if (!(span[0] < figure[1] && figure[0] < span[1])) {
          found.push({ name: '', span, trigger: w.lower, via: null, pronoun: true, distance: distance(span) });
        }
      } else if (before && joined) {
        const name = nameBackward(text, words, j);
        if (name) {
          const span: [number, number] = [(words[name[0]] as Word).start, w.end];
          let via: string | null = null;
          if (w.lower === 'told' && words[i + 1]?.capital) {
            const v = nameForward(text, words, i + 1);
            if (v) via = phrase(text, words, v);
          }
          if (!(span[0] < figure[1] && figure[0] < span[1])) {
            found.push({ name: phrase(text, words, name), span, trigger: w.lower, via, pronoun: false, distance: distance(span) });
          }
        }
      }
    }
    // "a indiqué lundi le Programme alimentaire mondial", "informó el Consorcio", "teilte die Kreisverwaltung mit".
    if (SPEAKER_AFTER.has(w.lower)) {
      let k = i + 1;
      while (words[k] && WEEKDAYS.has(words[k]?.lower ?? '')) k++;
      const name = words[k] && adjacent(text, words[k - 1] as Word, words[k] as Word) ? nameForward(text, words, k) : null;
      if (name) {
        const span: [number, number] = [w.start, (words[name[1]] as Word).end];
        if (!(span[0] < figure[1] && figure[0] < span[1])) {
          found.push({ name: phrase(text, words, name), span, trigger: w.lower, via: null, pronoun: false, distance: distance(span) });
        }
      }
    }
    // "X's figure", "the Observatory's toll".
    if (POSSESSIVE_NOUNS.has(w.lower) && i > 0 && /[’']s\s*$/u.test(text.slice((words[i - 1] as Word).start, w.start))) {
      const name = nameBackward(text, words, i - 1);
      if (name) {
        const span: [number, number] = [(words[name[0]] as Word).start, w.end];
        found.push({
          name: phrase(text, words, name),
          span,
          trigger: `’s ${w.lower}`,
          via: null,
          pronoun: false,
          distance: distance(span),
        });
      }
    }
  }
  // "(SOHR)" right after the figure's clause.
  const paren = /\(([\p{Lu}][\p{L}\s.&-]{1,60})\)/gu;
  for (const m of text.slice(sentence[0], sentence[1]).matchAll(paren)) {
    const start = sentence[0] + m.index;
    if (start < figure[1]) continue;
    const span: [number, number] = [start, start + m[0].length];
    found.push({ name: (m[1] ?? '').trim(), span, trigger: '( )', via: null, pronoun: false, distance: distance(span) + 20 });
  }
  // "10,000 while local officials said…": a speaker past "while" or "but" speaks of something else.
  for (const a of found) {
    if (a.span[0] >= figure[1] && /\b(while|whereas|but|mientras|alors que|während)\b/i.test(text.slice(figure[1], a.span[0])))
      a.distance += 200;
  }
  found.sort((a, b) => a.distance - b.distance);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------------
// Matching names to sources

const ROLE_OF_KIND: Partial<Record<SourceKind, string[]>> = {
  'monitoring group': ['monitor', 'observatory', 'watchdog', 'monitoring group'],
  'news agency': ['agency', 'news agency'],
  'state media': ['state media', 'state tv', 'state television', 'state news agency', 'official media'],
  military: ['army', 'military', 'armed forces'],
  'activist group': ['activists', 'activist'],
  government: ['ministry', 'government', 'authorities'],
};

/** Lower-case words of a name without determiners, possessives and punctuation. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((t) => t !== '' && !DETERMINERS.has(t));
}

/** Lower-case words of a name without determiners, possessives and punctuation, cut to five letters ("Russia's" ~ "Russian", "defense" ~ "defence"). */
export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '' && !DETERMINERS.has(t))
    .map((t) => (t === 'defense' ? 'defence' : t).slice(0, 6));
}

const MODIFIER_TOKENS = new Set([...ROLE_MODIFIERS].map((m) => m.slice(0, 6)));
const ROLE_TOKENS = new Set([...ROLE_WORDS].map((m) => m.slice(0, 6)));

/** The names a source goes by: its name and recorded aliases, the parts in brackets, its initials, and names quoted in its description. */
export function sourceAliases(source: Source): string[] {
  const aliases = new Set<string>([source.name, ...source.aliases]);
  const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(source.name);
  if (bracket) {
    aliases.add(bracket[1] ?? '');
    aliases.add(bracket[2] ?? '');
  }
  for (const name of [...aliases]) {
    const capitals = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length >= 3) aliases.add(capitals.map((w) => w.charAt(0)).join(''));
  }
  for (const m of source.description.matchAll(/["“]([^"”]{2,60})["”]/g)) aliases.add(m[1] ?? '');
  for (const m of source.description.matchAll(/also (?:spelt|spelled|called|known as) ([^),.;]{2,60})/g)) aliases.add(m[1] ?? '');
  return [...aliases].filter((a) => a.trim() !== '');
}

const headCache = new WeakMap<readonly Source[], Map<string, string | null>>();

/** For each name word, the one source whose names hold it (null when several do). */
function uniqueHeads(sources: readonly Source[]): Map<string, string | null> {
  const cached = headCache.get(sources);
  if (cached) return cached;
  const heads = new Map<string, string | null>();
  for (const source of sources) {
    const tokens = new Set(sourceAliases(source).flatMap(nameTokens));
    for (const t of tokens) heads.set(t, heads.has(t) && heads.get(t) !== source.id ? null : source.id);
  }
  headCache.set(sources, heads);
  return heads;
}

interface Match {
  source: Source;
  score: number;
}

/** The best source for a name: exact alias 1, all the name's words inside an alias 0.8, an alias inside the name 0.7, a role word 0.5. */
export function matchSource(name: string, sources: readonly Source[], preferred: ReadonlyMap<string, number> = new Map()): Match | null {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return null;
  const key = tokens.join(' ');
  let best: Match | null = null;
  for (const source of sources) {
    let score = 0;
    for (const alias of sourceAliases(source)) {
      const aliasTokens = nameTokens(alias);
      if (aliasTokens.length === 0) continue;
      if (aliasTokens.join(' ') === key) score = Math.max(score, 1);
      else if (tokens.every((t) => aliasTokens.includes(t)) && tokens.some((t) => !MODIFIER_TOKENS.has(t))) score = Math.max(score, 0.8);
      // "the Airwars monitoring group": the alias and role words only; "Observatorio Venezolano…" is not "the Observatory".
      else if (
        aliasTokens.every((t) => tokens.includes(t)) &&
        tokens.every((t) => aliasTokens.includes(t) || MODIFIER_TOKENS.has(t) || ROLE_TOKENS.has(t))
      )
        score = Math.max(score, 0.7);
    }
    // "the Britain-based Observatory": its head noun belongs to one source's names only.
    const head = tokens[tokens.length - 1] ?? '';
    const restKnown = tokens.slice(0, -1).every((t) => MODIFIER_TOKENS.has(t));
    if (score === 0 && tokens.length > 1 && restKnown && uniqueHeads(sources).get(head) === source.id) score = 0.75;
    if (score === 0) {
      const full = nameWords(name).join(' ');
      const roles = ROLE_OF_KIND[source.kind] ?? [];
      if (roles.some((r) => full === r || full.endsWith(` ${r}`))) score = 0.5;
      if (score > 0 && source.description.toLowerCase().includes(full)) score = 0.55;
      // "the UN refugee agency": a description that names the source in those words.
      if (full.includes(' ') && source.description.toLowerCase().includes(full)) score = 0.75;
    }
    // A source named earlier in the article, the more recently the more likely.
    if (score > 0 && preferred.has(source.id)) score += 0.05 + 0.001 * Math.min(40, preferred.get(source.id) ?? 0);
    if (score > 0 && (!best || score > best.score)) best = { source, score };
  }
  return best;
}

function cleanName(name: string): string {
  let trimmed = name.trim();
  for (
    let first = trimmed.split(/\s+/)[0] ?? '';
    DETERMINERS.has(first.toLowerCase()) && trimmed.includes(' ');
    first = trimmed.split(/\s+/)[0] ?? ''
  )
    trimmed = trimmed.slice(first.length).trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export interface ClaimantContext {
  text: string;
  figure: Span;
  sources: readonly Source[];
  /** The article's outlet: the speaker when nobody else is named. */
  outletId: string;
  /** Sources already quoted in this article: "the monitor" most likely means the one named before. */
  alreadyQuoted?: ReadonlySet<string>;
  /** A background figure (an age, a century): the reporter's own description. */
  background?: boolean;
}

/** True when `at` lies inside quoted speech opened earlier in its paragraph. */
function insideQuote(text: string, at: number): boolean {
  const paragraph = text.lastIndexOf('\n\n', at);
  const before = text.slice(paragraph < 0 ? 0 : paragraph, at);
  const open = (before.match(/[“«„]/g) ?? []).length;
  const close = (before.match(/[”»“]/g) ?? []).length - (before.match(/“/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return open > close || straight % 2 === 1;
}

/** Sources named in the text before `at`, ranked by where they were last named (higher is more recent). */
function mentionsBefore(text: string, at: number, sources: readonly Source[]): Map<string, number> {
  const before = text.slice(0, at);
  const last: [string, number][] = [];
  for (const source of sources) {
    let pos = -1;
    for (const alias of sourceAliases(source)) if (alias.length >= 3) pos = Math.max(pos, before.lastIndexOf(alias));
    if (pos >= 0) last.push([source.id, pos]);
  }
  last.sort((a, b) => a[1] - b[1]);
  return new Map(last.map(([id], rank) => [id, rank + 1]));
}

/** The speaker named last in the sentences before `sentence` (up to four back), for "it said", "he added". */
function antecedent(text: string, sentence: Span, figure: Span): Attribution | null {
  let at: Span | null = sentence;
  for (let n = 0; n < 4; n++) {
    at = previousSentence(text, at);
    if (!at) break;
    const named = attributionsIn(text, at, figure).filter((a) => !a.pronoun && a.trigger !== '( )');
    // The last one in the sentence is nearest to what follows.
    named.sort((a, b) => b.span[0] - a.span[0]);
    if (named[0]) return named[0];
  }
  return null;
}

/**
 * The claimant of the figure: the nearest attribution in its sentence ("it said" resolved to the speaker named before),
 * else (for quoted speech) in the next or previous sentence; an attribution names an existing source when one matches
 * well (0.7 or more, or a role word such as "the monitor" for a source named earlier), else a new source; no attribution
 * is the outlet's own voice.
 */
export function suggestClaimant({
  text,
  figure,
  sources,
  outletId,
  alreadyQuoted = new Set(),
  background = false,
}: ClaimantContext): ClaimantSuggestion {
  if (background) {
    return {
      choice: { kind: 'source', sourceId: outletId },
      via: [],
      span: null,
      why: 'a background figure (an age, a century): the outlet’s own description',
    };
  }
  const sentence = sentenceSpan(text, figure[0], figure[1]);
  let attributions = attributionsIn(text, sentence, figure);
  let where = '';
  if (attributions.length === 0) {
    const next = nextSentence(text, sentence);
    const prev = previousSentence(text, sentence);
    const speech = insideQuote(text, figure[0]);
    if (next && speech) {
      attributions = attributionsIn(text, next, figure).filter((a) => a.trigger !== '( )');
      where = ' (the next sentence)';
    }
    if (attributions.length === 0 && prev && speech) {
      attributions = attributionsIn(text, prev, figure).filter((a) => a.trigger !== '( )');
      where = ' (the sentence before)';
    }
  }
  const preferred = mentionsBefore(text, figure[0], sources);
  for (const id of alreadyQuoted) if (!preferred.has(id)) preferred.set(id, 0);
  const others = sources.filter((s) => s.id !== outletId);
  for (const found of attributions) {
    let attribution = found;
    let said = text.slice(found.span[0], found.span[1]);
    if (found.pronoun) {
      const named = antecedent(text, sentence, figure);
      if (!named) continue;
      attribution = { ...named, via: found.via };
      said = `${said}”, after “${text.slice(named.span[0], named.span[1])}`;
    }
    const via: string[] = [];
    if (attribution.via) {
      const v = matchSource(attribution.via, sources);
      if (v && v.score >= 0.7 && v.source.id !== outletId) via.push(v.source.id);
    }
    const match = matchSource(attribution.name, others, preferred) ?? matchSource(attribution.name, sources, preferred);
    if (match && (match.score >= 0.7 || (match.score >= 0.5 && preferred.has(match.source.id)))) {
      const earlier = match.score < 0.7 ? ', named earlier in the article' : '';
      return {
        choice: { kind: 'source', sourceId: match.source.id },
        via,
        span: attribution.span,
        // The source's name only when the words differ ("the Observatory"): after the full name it only repeats it.
        why: `from “${said}”${where}${said.toLowerCase().includes(match.source.name.toLowerCase()) ? '' : `: ${match.source.name}`}${earlier}`,
      };
    }
    const name = cleanName(attribution.name);
    if (name.length >= 2) {
      return { choice: { kind: 'new', name }, via, span: attribution.span, why: `from “${said}”${where}: a new source` };
    }
  }
  return {
    choice: { kind: 'source', sourceId: outletId },
    via: [],
    span: null,
    why: 'no attribution near the figure: the outlet’s own voice',
  };
}
