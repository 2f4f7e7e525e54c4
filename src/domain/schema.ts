import { z } from './zod';

/** Caps for untrusted input: a dataset bigger than this is refused, never half-read. */
export const LIMITS = {
  id: 200,
  shortText: 500,
  longText: 20_000,
  records: 1_000_000,
  list: 100,
  /** Other names one source goes by ("SOHR", "the Observatory"): a handful, each short. */
  aliases: 20,
  alias: 120,
} as const;

/** What a record id may hold: it appears in URLs and file names, so "." and ".." (and slashes, spaces, controls) are out. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._:-]*$/;
const ID_RULE = 'an id may hold only letters A–Z, digits and . _ : - and must start with a letter, a digit or _';

const id = z.string().min(1).max(LIMITS.id).regex(ID_PATTERN, ID_RULE);
const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);

/** ISO calendar date, YYYY-MM-DD, checked against the real calendar (no 2016-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const confidence = z.enum(['high', 'medium', 'low']);

/** An absolute http or https address: a javascript:, data: or relative one can never become a link. */
export const webUrl = z
  .string()
  .max(2_000)
  .regex(/^https?:\/\/\S+$/, 'expected a web address starting with http:// or https://')
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'not a valid web address');

/** A short BCP 47 language tag: "en", "ar", "pt-BR", "zh-Hant". */
export const languageTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en", "ar" or "pt-BR" (BCP 47)');

export const sourceKinds = [
  'government',
  'military',
  'state media',
  'monitoring group',
  'activist group',
  'international organisation',
  'expert',
  'news agency',
  'outlet',
  'analyst',
  'armed group',
] as const;
const sourceKind = z.enum(sourceKinds);

export const articleSchema = z
  .object({
    id,
    title: shortText.min(1),
    /** Source id of the outlet that published the article. */
    outlet: id,
    /** False when the outlet's name is not printed in the text and was identified from elsewhere. */
    outletNamedInText: z.boolean().default(true),
    outletEvidence: longText.default(''),
    byline: shortText.nullable().default(null),
    /** The publication date, or null when no date is printed and none can be worked out: then `accessedOn` is required. */
    publishedAt: isoDate.nullable(),
    /** Where the date comes from; may be empty when there is none (publishedAt null). */
    publishedAtEvidence: longText,
    /** True when the text prints no date and publishedAt was inferred. */
    publishedAtInferred: z.boolean().default(false),
    publishedAtConfidence: confidence.default('high'),
    /** Article text file, relative to the dataset folder. */
    file: z
      .string()
      .min(1)
      .max(LIMITS.id)
      .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'expected a relative path without ".." or leading "/"')
      .refine((p) => !p.split('/').includes('..'), 'must not leave the dataset folder'),
    url: z.string().max(2_000).nullable().default(null),
    /** When the web address was visited, for citations. */
    accessedOn: isoDate.nullable().default(null),
    /** An archived copy of the article (a web archive's snapshot), cited beside the address. */
    archiveUrl: webUrl.nullable().default(null),
    /** The language the article is written in. */
    language: languageTag.nullable().default(null),
  })
  .superRefine((article, ctx) => {
    if (article.publishedAt !== null) return;
    // With no date printed, the day it was read is the only date the article has: sorting and citations rest on it.
    if (article.accessedOn === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['accessedOn'],
        message: 'an article with no date printed (publishedAt null) needs accessedOn, the day it was read',
      });
    }
    if (article.publishedAtInferred) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAtInferred'],
        message: 'must be false when publishedAt is null: an inferred date is recorded in publishedAt',
      });
    }
  });

export const sourceSchema = z.object({
  id,
  name: shortText.min(1),
  kind: sourceKind,
  /** The side the source is tied to, or "independent". Neutral and factual. */
  alignment: shortText.min(1),
  description: longText,
  /** Parent organisation (a spokesman's ministry, say), so that two voices of one body count once. */
  parentId: id.nullable().default(null),
  /** Other names the source goes by in reports ("SOHR", "the Observatory"), so a claimant named that way is matched to it. */
  aliases: z.array(z.string().trim().min(1).max(LIMITS.alias)).max(LIMITS.aliases).default([]),
});

export const caveatKinds = ['definition', 'scope', 'population', 'period', 'unit'] as const;
const caveatSchema = z.object({
  kind: z.enum(caveatKinds),
  note: shortText.min(1),
});

/** How two measures relate; see `comparisonSchema`. */
export const measureRelations = ['same', 'complement', 'scale', 'part'] as const;

/**
 * How a measure relates to another: `same` compares values as they are,
 * `complement` compares after v → total − v (percent destroyed ↔ percent intact),
 * `scale` multiplies by `factor` (counts in different units),
 * `part` says this measure counts part of what the other counts (killed ⊂ killed and wounded): a figure for the
 * part is a floor for the whole, a figure for the whole a ceiling for the part, and neither is read as the other.
 */
const comparisonSchema = z.object({
  measureId: id,
  relation: z.enum(measureRelations),
  factor: z.number().positive().optional(),
  caveats: z.array(caveatSchema).max(LIMITS.list).default([]),
});

export const measureSchema = z.object({
  id,
  label: shortText.min(1),
  /** What one unit counts: "raids", "sorties", "people", "percent", "years". */
  unit: shortText.min(1),
  description: longText,
  /** For shares: the whole (100 for percent), used by complements. */
  total: z.number().positive().nullable().default(null),
  /** Background numbers (ages of monuments, visitor numbers): shown, never ranked as contested. */
  context: z.boolean().default(false),
  comparableWith: z.array(comparisonSchema).max(LIMITS.list).default([]),
});

const interpretationSchema = z.object({
  /** Id of a rule in INTERPRETATION_RULES (src/domain/interpretation-rules.ts). */
  rule: id,
  /** The reading in words, shown to the user: "'dozens' read as at least 24". */
  reading: shortText.min(1),
});

const valueSchema = z.object({
  low: z.number().nullable(),
  high: z.number().nullable(),
  lowInclusive: z.boolean(),
  highInclusive: z.boolean(),
  approximate: z.boolean(),
  /** The figure as the article writes it: "more than 900", "20 to 25". */
  asWritten: shortText.min(1),
  interpretation: interpretationSchema.nullable(),
});

const periodSchema = z.object({
  /** First day covered, inclusive. */
  from: isoDate,
  /** Last day covered, inclusive. */
  to: isoDate,
  approximate: z.boolean().default(false),
  evidence: longText.default(''),
});

export const claimSchema = z.object({
  id,
  articleId: id,
  quote: longText.min(1),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  claimantId: id,
  outletId: id,
  /** Intermediaries named between claimant and outlet, claimant side last: ["afp"]. */
  via: z.array(id).max(LIMITS.list),
  measureId: id,
  value: valueSchema,
  period: periodSchema.nullable(),
  per: z.enum(['day']).nullable(),
  statedOn: isoDate.nullable(),
  statedOnInferred: z.boolean().default(false),
  statedOnEvidence: longText.default(''),
  place: shortText.min(1),
  /** Background figure, not a contested one. */
  context: z.boolean().default(false),
  notes: longText.default(''),
  /** Why this figure may differ from others, from what the article itself says (scope, definition, period…). */
  caveats: z.array(caveatSchema).max(LIMITS.list).optional(),
});

export const datasetSchema = z.object({
  articles: z.array(articleSchema).max(LIMITS.records),
  sources: z.array(sourceSchema).max(LIMITS.records),
  measures: z.array(measureSchema).max(LIMITS.records),
  claims: z.array(claimSchema).max(LIMITS.records),
});

/** The views a story step can show, by route: the compare view of a measure, a claim's page, or one of the overviews. */
export const STORY_PATHS = ['/', '/compare/<measure id>', '/claims/<claim id>', '/matrix', '/timeline', '/sources'] as const;

/** A step's view: a route of the app with its URL state, exactly as it appears in the address bar after the base path. */
export const storyViewSchema = z.object({
  /** "/compare/air-raids-palmyra-2016", "/claims/c-02", "/matrix"… (see STORY_PATHS). */
  path: z
    .string()
    .min(1)
    .max(LIMITS.shortText)
    .regex(/^\/[A-Za-z0-9._:/-]*$/, 'expected an app route such as "/compare/<measure id>"'),
  /** The query string with its "?" ("?group=date", "?source=sohr"), or "" for none. */
  search: z
    .string()
    .max(LIMITS.shortText)
    .regex(/^(\?[^#\s]*)?$/, 'expected a query string starting with "?", or ""')
    .default(''),
});

export const storyChoiceSchema = z.object({
  text: shortText.min(1),
  /** True for the answer the key gives; a question of opinion ("which is more plausible?") marks none. */
  correct: z.boolean().default(false),
});

/** A question put to the class: multiple choice (a show of hands) or open (discussed, or written on the worksheet). */
export const storyQuestionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('choice'),
    prompt: shortText.min(1),
    choices: z.array(storyChoiceSchema).min(2).max(8),
  }),
  z.object({
    kind: z.literal('open'),
    prompt: shortText.min(1),
    /** What a good answer says, for the answer key. */
    answer: longText.default(''),
  }),
]);

export const storyStepSchema = z.object({
  id,
  /** Shown while the step's sources are hidden, so it must not name them (data:check makes sure). */
  title: shortText.min(1),
  view: storyViewSchema,
  /** Said before the reveal, in the project's own words; it must not name the step's sources either. */
  narration: longText.min(1),
  question: storyQuestionSchema.nullable().default(null),
  /** What the step reveals once the class has answered: who said what, and what it means. */
  reveal: longText.min(1),
  /** For the presenter's eyes only, in the presenter view. */
  notes: longText.default(''),
});

/** A story: a guided walk through a case, one view per step, for a class. */
export const storySchema = z.object({
  id,
  title: shortText.min(1),
  summary: longText.default(''),
  steps: z.array(storyStepSchema).min(1).max(LIMITS.list),
});

/** The stories file (stories.json), and the stories a bundle may carry. */
export const storiesSchema = z.array(storySchema).max(LIMITS.list);

export type Article = z.infer<typeof articleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = z.infer<typeof sourceKind>;
export type Caveat = z.infer<typeof caveatSchema>;
export type CaveatKind = (typeof caveatKinds)[number];
export type MeasureRelation = (typeof measureRelations)[number];
export type Comparison = z.infer<typeof comparisonSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Interpretation = z.infer<typeof interpretationSchema>;
export type ClaimValue = z.infer<typeof valueSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryQuestion = z.infer<typeof storyQuestionSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
/** The files of a dataset folder, each parsed on its own so errors can name the file. */
export const DATASET_FILES = ['articles', 'sources', 'measures', 'claims'] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];
