// The one table of readings for vague words and qualitative statements. The dataset cites a rule
// by id, and a figure finder uses `words` to spot them, so the same word is always read the same way.
// Pure data and functions: no DOM, no fetch.
import type { Interval } from './analysis-types';

/** What a rule's interval counts: a plain count, or a share in percent (0–100) of the measure's whole. */
type RuleScale = 'count' | 'percent';

export interface InterpretationRule {
  id: string;
  /** Words or phrases the rule reads, lower case, as they appear in text. */
  words: readonly string[];
  /** What the rule covers and why the bounds were chosen. */
  description: string;
  /** Reading shown to the user; `{word}` is replaced by the word as written. */
  reading: string;
  scale: RuleScale;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

// Vague plurals get a floor only: an upper bound (say 99 for "dozens") would be a guess that
// reporters routinely break, so every count rule leaves the upper end open, consistently.
export const INTERPRETATION_RULES: readonly InterpretationRule[] = [
  {
    id: 'a-number-of',
    words: ['a number of'],
    description: 'More than one; the weakest plural, so the floor is 2.',
    reading: "'{word}' read as at least 2",
    scale: 'count',
    low: 2,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'several',
    words: ['several'],
    description: 'More than a couple: at least 3.',
    reading: "'{word}' read as at least 3",
    scale: 'count',
    low: 3,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'many',
    words: ['many'],
    description: 'An unspecified large number; only the floor of "several" (3) can be defended.',
    reading: "'{word}' read as at least 3",
    scale: 'count',
    low: 3,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'dozens',
    words: ['dozens'],
    description: 'At least two dozen (24); upper end open.',
    reading: "'{word}' read as at least 24",
    scale: 'count',
    low: 24,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'scores',
    words: ['scores'],
    description: 'At least two score (40); upper end open.',
    reading: "'{word}' read as at least 40",
    scale: 'count',
    low: 40,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'hundreds',
    words: ['hundreds'],
    description: 'At least two hundred (200); upper end open.',
    reading: "'{word}' read as at least 200",
    scale: 'count',
    low: 200,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'tens-of-thousands',
    words: ['tens of thousands'],
    description: 'At least two tens of thousands (20,000); upper end open.',
    reading: "'{word}' read as at least 20,000",
    scale: 'count',
    low: 20_000,
    high: null,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'more-than-half',
    words: ['more than half'],
    description: 'A share strictly above 50 percent, up to the whole.',
    reading: "'{word}' read as more than 50%",
    scale: 'percent',
    low: 50,
    high: 100,
    lowInclusive: false,
    highInclusive: true,
  },
  {
    id: 'most',
    words: ['most', 'most of'],
    description: 'A majority: strictly above 50 percent, up to the whole.',
    reading: "'{word}' read as more than 50%",
    scale: 'percent',
    low: 50,
    high: 100,
    lowInclusive: false,
    highInclusive: true,
  },
  {
    id: 'almost-all',
    words: ['almost all', 'nearly all'],
    description: 'Close to the whole but short of it: at least 90 percent, below 100.',
    reading: "'{word}' read as at least 90% and less than 100%",
    scale: 'percent',
    low: 90,
    high: 100,
    lowInclusive: true,
    highInclusive: false,
  },
  {
    id: 'completely',
    words: ['completely', 'entirely', 'fully'],
    description: 'Stated on a share measure of what was done (seized, destroyed): the whole, exactly 100 percent.',
    reading: "'{word}' read as 100%",
    scale: 'percent',
    low: 100,
    high: 100,
    lowInclusive: true,
    highInclusive: true,
  },
  {
    id: 'completely-destroyed',
    words: ['completely destroyed', 'completely disfigured and destroyed', 'totally destroyed'],
    description:
      'Stated on a share-intact measure: nothing left intact, exactly 0 percent (on a share-destroyed measure use "completely").',
    reading: "'{word}' read as 0% intact",
    scale: 'percent',
    low: 0,
    high: 0,
    lowInclusive: true,
    highInclusive: true,
  },
];

// Map, not an object: rule ids arrive from untrusted data ("__proto__" must simply not be found).
const RULES_BY_ID: ReadonlyMap<string, InterpretationRule> = new Map(INTERPRETATION_RULES.map((r) => [r.id, r]));

/** Returns the rule with this id, or undefined for an unknown id (including "__proto__"). */
export function findRule(ruleId: string): InterpretationRule | undefined {
  return RULES_BY_ID.get(ruleId);
}

/** Returns the rule's interval (never approximate: the rule is exact about its own reading), or null for an unknown id. */
export function applyRule(ruleId: string): Interval | null {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return null;
  return {
    low: rule.low,
    high: rule.high,
    lowInclusive: rule.lowInclusive,
    highInclusive: rule.highInclusive,
    approximate: false,
  };
}

/** Fills the rule's reading template with the word as written; an unknown id gives null. */
export function describeReading(ruleId: string, word: string): string | null {
  const rule = RULES_BY_ID.get(ruleId);
  return rule ? rule.reading.replace('{word}', word) : null;
}

/** Rules whose words occur in `text` (case-insensitive, whole words); an empty text matches none. */
export function rulesMatching(text: string): InterpretationRule[] {
  const lower = text.toLowerCase();
  return INTERPRETATION_RULES.filter((rule) => rule.words.some((w) => new RegExp(`(^|[^a-z])${escapeRegExp(w)}($|[^a-z])`).test(lower)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
