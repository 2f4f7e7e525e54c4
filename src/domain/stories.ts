// Stories for the classroom: what a step's route points at, and the checks data:check and a bundle import run on stories.
// Pure: the caller reads the files. Ids come from untrusted data, so lookups use Map only.
import type { ClaimFilters } from './filter';
import { NO_FILTERS } from './filter';
import { quoteValue } from './quote-value';
import { parseStepRoute } from './step-route';

export { parseStepRoute, type StepRoute } from './step-route';
import { STORY_PATHS, storySchema, type Claim, type Dataset, type Source, type Story, type StoryStep } from './schema';
import type { ErrorList } from './validate-dataset';

/** The stories file of a dataset folder; errors in stories name it, in a bundle too. */
export const STORIES_FILE = 'stories.json';

const LIST_PARAMS = [
  ['source', 'sources'],
  ['kind', 'kinds'],
  ['align', 'alignments'],
  ['outlet', 'outlets'],
  ['measure', 'measures'],
  ['place', 'places'],
] as const;

/** The claim filters a step's query string sets, read as the views read them (lists comma-separated); no filter gives NO_FILTERS. */
export function stepFilters(search: string): ClaimFilters {
  const params = new URLSearchParams(search);
  const filters: ClaimFilters = { ...NO_FILTERS };
  for (const [param, key] of LIST_PARAMS) {
    const value = params.get(param);
    if (value) filters[key] = value.split(',').filter((v) => v !== '');
  }
  filters.from = params.get('from');
  filters.to = params.get('to');
  return filters;
}

/** The measures compared together with `measureId`: those linked to it by `comparableWith`, either way, transitively. */
export function comparableMeasures(dataset: Pick<Dataset, 'measures'>, measureId: string): Set<string> {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => links.set(a, [...(links.get(a) ?? []), b]);
  for (const m of dataset.measures) {
    for (const c of m.comparableWith) {
      link(m.id, c.measureId);
      link(c.measureId, m.id);
    }
  }
  const seen = new Set([measureId]);
  const queue = [measureId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of links.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The claims a compare step shows: every claim on the measure or one comparable with it (filters aside). */
export function claimsOfCompareStep(dataset: Pick<Dataset, 'measures' | 'claims'>, groupId: string): Claim[] {
  const measures = comparableMeasures(dataset, groupId);
  return dataset.claims.filter((c) => measures.has(c.measureId));
}

/** The names a blind step must keep hidden: each claimant (and the body it speaks for), outlet and agency of its claims. */
export function hiddenNames(claims: readonly Claim[], sources: ReadonlyMap<string, Source>): string[] {
  const ids = new Set<string>();
  for (const c of claims) {
    ids.add(c.claimantId);
    ids.add(c.outletId);
    for (const v of c.via) ids.add(v);
    const parent = sources.get(c.claimantId)?.parentId;
    if (parent) ids.add(parent);
  }
  const names = new Set<string>();
  for (const id of ids) {
    const name = sources.get(id)?.name;
    if (!name) continue;
    names.add(name);
    // "SANA (Syrian Arab News Agency)": the name before its gloss gives it away as well.
    const bare = name.replace(/\s*\(.*$/, '');
    if (bare.length >= 2) names.add(bare);
  }
  return [...names];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names from `names` that `text` contains as whole words, case as written ("NOW" the outlet, never "now" the word). */
export function namesIn(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

/** The texts of a step shown before the reveal, by field: they must not name the step's sources. */
export function textsBeforeReveal(step: StoryStep): [field: string, text: string][] {
  const texts: [string, string][] = [
    ['title', step.title],
    ['narration', step.narration],
  ];
  if (step.question) {
    texts.push(['question.prompt', step.question.prompt]);
    if (step.question.kind === 'choice') step.question.choices.forEach((c, i) => texts.push([`question.choices.${i}.text`, c.text]));
  }
  return texts;
}

/**
 * Checks stories against the dataset they walk through: the schema per story, unique story and step ids, each step's route
 * naming a view of the app and a measure or claim the dataset holds, and no source of a compare step named before its reveal.
 * Returns the stories that parsed (whatever the cross-checks found); errors go to `errors`, naming `fileName`.
 */
export function validateStories(raw: unknown, dataset: Dataset, fileName: string, errors: ErrorList): Story[] {
  const push = (recordId: string | null, field: string, message: string) => errors.push({ file: fileName, recordId, field, message });
  if (!Array.isArray(raw)) {
    push(null, '', 'expected a JSON array of stories');
    return [];
  }
  if (raw.length > 100) {
    push(null, '', `holds ${raw.length.toLocaleString('en-GB')} stories, over the limit of 100`);
    return [];
  }
  const stories: Story[] = [];
  raw.forEach((record: unknown, index) => {
    if (errors.full) return;
    const result = storySchema.safeParse(record);
    if (result.success) {
      stories.push(result.data);
      return;
    }
    const id = (record as { id?: unknown } | null)?.id;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      push(typeof id === 'string' ? id : null, typeof id === 'string' ? path : `[${index}]${path ? `.${path}` : ''}`, issue.message);
    }
  });

  const measureIds = new Set(dataset.measures.map((m) => m.id));
  const claimsById = new Map(dataset.claims.map((c) => [c.id, c]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const storyIds = new Set<string>();
  for (const story of stories) {
    if (errors.full) break;
    if (storyIds.has(story.id)) push(story.id, 'id', `the story id ${quoteValue(story.id)} is used twice`);
    storyIds.add(story.id);
    const stepIds = new Set<string>();
    // The story's title heads every step, blind ones included.
    const allNames = story.steps.flatMap((step) => {
      const route = parseStepRoute(step.view.path);
      return route?.kind === 'compare' ? hiddenNames(claimsOfCompareStep(dataset, route.groupId), sources) : [];
    });
    for (const name of namesIn(story.title, [...new Set(allNames)])) {
      push(story.id, 'title', `names ${quoteValue(name)}, a source of a step, which the class must not see before that step's reveal`);
    }
    story.steps.forEach((step, i) => {
      const at = `steps.${i}`;
      if (stepIds.has(step.id)) push(story.id, `${at}.id`, `the step id ${quoteValue(step.id)} is used twice in this story`);
      stepIds.add(step.id);
      const route = parseStepRoute(step.view.path);
      if (!route) {
        push(story.id, `${at}.view.path`, `${quoteValue(step.view.path)} is not a view of the app (expected ${STORY_PATHS.join(', ')})`);
        return;
      }
      if (route.kind === 'claim' && !claimsById.has(route.claimId)) {
        push(story.id, `${at}.view.path`, `names the claim ${quoteValue(route.claimId)}, which is not in the dataset`);
      }
      if (route.kind !== 'compare') return;
      if (!measureIds.has(route.groupId)) {
        push(story.id, `${at}.view.path`, `names the measure ${quoteValue(route.groupId)}, which is not in the dataset`);
        return;
      }
      const claims = claimsOfCompareStep(dataset, route.groupId);
      if (claims.length === 0) {
        push(story.id, `${at}.view.path`, `no claim is on the measure ${quoteValue(route.groupId)} or one comparable with it`);
        return;
      }
      const names = hiddenNames(claims, sources);
      for (const [field, text] of textsBeforeReveal(step)) {
        for (const name of namesIn(text, names)) {
          push(
            story.id,
            `${at}.${field}`,
            `names ${quoteValue(name)}, a source of this step, before the reveal: say it in "reveal", or describe the source without its name`,
          );
        }
      }
    });
  }
  return stories;
}
