// Holds the loaded datasets and answers the views' questions about them, so that a large dataset lives once, where the
// engine runs (the dataset worker, or the page where there is no worker), and the page receives only what it shows.
import { verdictOf, type Verdict } from '../domain/view-models/verdict';
import { analyseDataset, rankGroups } from '../domain/analyse';
import type { Analysis, CredibilitySuggestion } from '../domain/analysis-types';
import { credibilityOf, suggestAll } from '../domain/credibility';
import { buildMeasureGraph } from '../domain/comparability';
import { buildGroups, measureComponents, type EngineComparisonGroup } from '../domain/divergence';
import { filterDataset, filterOptions, isUnfiltered, type ClaimFilters, type FilterOptions } from '../domain/filter';
import { indexDataset, type DatasetIndex } from '../domain/lookups';
import { toOverview, type Overview } from '../domain/overview';
import type { Claim, Dataset } from '../domain/schema';
import { PUBLISHED } from './keys';
import { loadPublishedDataset, type LoadedDataset } from './store/published';
import type { LoadProgress } from '../api/load-progress';

/** What the landing view and the filter bar need: the overview of the filtered claims and the filter choices. */
export interface OverviewSlice {
  overview: Overview;
  options: FilterOptions;
  totalClaims: number;
}

/** One comparison group with the records it refers to (its claims, their articles; every source and measure, for names). */
export interface GroupSlice {
  /** Null when the filters leave no claim on the measure, or there is no such measure. */
  group: EngineComparisonGroup | null;
  dataset: Dataset;
}

/** One claim with its suggested credibility (from its group, analysed in full), the group a view links back to, and the
 * records it refers to (its article; every source and measure, for names). */
export interface ClaimSlice {
  /** Null when the dataset has no claim with this id. */
  claim: Claim | null;
  credibility: CredibilitySuggestion | null;
  /** The first group (in ranked order) with the claim's measure: where "back" goes; its verdict headline and status when the claim is compared there. */
  group: { id: string; label: string; headline: string | null; status: Verdict['status'] | null } | null;
  dataset: Dataset;
}

/** Per request: where progress goes, and the signal that abandons it. */
export interface RequestContext {
  onProgress?: (progress: LoadProgress) => void;
  signal?: AbortSignal;
}

/** The service has no records under this key and cannot fetch them: the caller must send them. */
export const MISSING = 'missing';

interface Held {
  dataset: Dataset;
  index: DatasetIndex;
  /** Each measure's component of linked measures (a comparison group never reaches outside one). */
  components: Map<string, ReadonlySet<string>> | null;
  options: FilterOptions | null;
  analysis: Analysis | null;
  /** Overviews by filters, newest last. */
  overviews: Map<string, Overview>;
}

interface Loading {
  promise: Promise<Held>;
  controller: AbortController;
  waiters: number;
  listeners: Set<(progress: LoadProgress) => void>;
  /** The latest progress, for those who join a load under way. */
  seen: { last: LoadProgress | null };
}

/** Older workspace states are never asked for again: keep only the latest few (besides the published dataset). */
const MAX_DATASETS = 3;
/** A download nobody has waited for this long is stopped. */
const ABANDON_AFTER_MS = 2_000;
/** Filter states whose overview is kept, per dataset (going back to an earlier filter is then instant). */
const MAX_OVERVIEWS = 16;

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** Resolves with the promise, or rejects as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Each measure's component of measures linked by comparableWith. */
function componentsOf(dataset: Dataset): Map<string, ReadonlySet<string>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (const component of measureComponents(buildMeasureGraph(dataset.measures))) {
    const set = new Set(component);
    for (const id of component) out.set(id, set);
  }
  return out;
}

function comparing(count: number): LoadProgress {
  return { stage: 'analyse', message: `Comparing ${count.toLocaleString('en-GB')} figures…` };
}

/** A dataset service; `fetchPublished` loads the published records (replaced in tests). */
export function createDatasetService(fetchPublished: typeof loadPublishedDataset = loadPublishedDataset) {
  const held = new Map<string, Held>();
  const loading = new Map<string, Loading>();

  function hold(key: string, dataset: Dataset): Held {
    const entry: Held = { dataset, index: indexDataset(dataset), components: null, options: null, analysis: null, overviews: new Map() };
    held.delete(key);
    held.set(key, entry);
    // Workspace states come and go (every save is a new key); the published dataset stays, as it is fetched, not sent.
    for (const oldest of [...held.keys()]) {
      if (held.size <= MAX_DATASETS + (held.has(PUBLISHED) ? 1 : 0)) break;
      if (oldest !== PUBLISHED) held.delete(oldest);
    }
    return entry;
  }

  /** The records under a key: given ones replace what is held; the published dataset is fetched once, however many ask. */
  async function obtain(key: string, dataset: Dataset | undefined, context: RequestContext): Promise<Held | typeof MISSING> {
    if (dataset) return hold(key, dataset);
    const found = held.get(key);
    if (found) {
      // Most recently used last, so eviction drops the one least asked for.
      held.delete(key);
      held.set(key, found);
      return found;
    }
    if (key !== PUBLISHED) return MISSING;
    let load = loading.get(key);
    if (!load) {
      const controller = new AbortController();
      const listeners = new Set<(progress: LoadProgress) => void>();
      const seen: { last: LoadProgress | null } = { last: null };
      const promise = fetchPublished((progress) => {
        seen.last = progress;
        listeners.forEach((l) => l(progress));
      }, controller.signal)
        .then((records) => hold(key, records))
        .finally(() => {
          if (loading.get(key)?.controller === controller) loading.delete(key);
        });
      // A load every waiter gave up on rejects with nobody listening.
      promise.catch(() => undefined);
      load = { promise, controller, waiters: 0, listeners, seen };
      loading.set(key, load);
    }
    const current = load;
    // Only those who can give up hold the download: a warm-up that nobody cancels must not keep a hung one alive.
    if (context.signal) current.waiters++;
    // A listener of its own per request: the same callback registered twice must not be removed for both.
    const onProgress = context.onProgress;
    const listener = onProgress && ((progress: LoadProgress) => onProgress(progress));
    if (listener) {
      current.listeners.add(listener);
      if (current.seen.last) listener(current.seen.last);
    }
    try {
      return await untilAborted(current.promise, context.signal);
    } finally {
      if (listener) current.listeners.delete(listener);
      if (context.signal) current.waiters--;
      // Everyone gave up: stop the download, unless a view asks again soon (one view replacing another). A retry does
      // not wait for this: it calls restart().
      if (current.waiters === 0 && context.signal?.aborted) {
        setTimeout(() => {
          if (current.waiters === 0) abandon(key, current);
        }, ABANDON_AFTER_MS);
      }
    }
  }

  function abandon(key: string, load: Loading | undefined = loading.get(key)): void {
    if (!load || loading.get(key) !== load) return;
    load.controller.abort();
    loading.delete(key);
  }

  function fullAnalysis(entry: Held, context: RequestContext): Analysis {
    if (!entry.analysis) {
      context.onProgress?.(comparing(entry.dataset.claims.length));
      entry.analysis = analyseDataset(entry.dataset);
    }
    return entry.analysis;
  }

  return {
    /** Aborts the download under way for a key (a retry after a hang), so that the next request starts a new one; records already held stay. */
    restart(key: string): void {
      abandon(key);
    },

    /** Starts loading the published dataset so that the first view finds it under way; resolves when it is held. */
    async prepare(): Promise<void> {
      await obtain(PUBLISHED, undefined, {});
    },

    /** The overview of the claims that pass the filters, with the filter choices; MISSING when the records must be sent. */
    async overview(
      key: string,
      filters: ClaimFilters,
      context: RequestContext = {},
      dataset?: Dataset,
    ): Promise<OverviewSlice | typeof MISSING> {
      const entry = await obtain(key, dataset, context);
      if (entry === MISSING) return entry;
      const filterKey = JSON.stringify(filters);
      let overview = entry.overviews.get(filterKey);
      if (overview) {
        entry.overviews.delete(filterKey);
      } else {
        const subset = filterDataset(entry.dataset, filters);
        // A full analysis already made ranks the same; otherwise rank alone, which skips building every entry's evidence.
        const made = isUnfiltered(filters) ? entry.analysis : null;
        if (!made) context.onProgress?.(comparing(subset.claims.length));
        overview = toOverview(subset, made ? made.groups : rankGroups(subset), entry.index);
      }
      entry.overviews.set(filterKey, overview);
      for (const oldest of entry.overviews.keys()) {
        if (entry.overviews.size <= MAX_OVERVIEWS) break;
        entry.overviews.delete(oldest);
      }
      entry.options ??= filterOptions(entry.dataset);
      return { overview, options: entry.options, totalClaims: entry.dataset.claims.length };
    },

    /** One group of the filtered claims, found as the views name it (its id, or one of its measures), analysed in full
     * from its own component's claims alone; MISSING when the records must be sent. */
    async group(
      key: string,
      filters: ClaimFilters,
      groupId: string,
      context: RequestContext = {},
      dataset?: Dataset,
    ): Promise<GroupSlice | typeof MISSING> {
      const entry = await obtain(key, dataset, context);
      if (entry === MISSING) return entry;
      entry.components ??= componentsOf(entry.dataset);
      const component = entry.components.get(groupId.replace(/#context$/, '')) ?? new Set([groupId]);
      const subset = filterDataset(entry.dataset, filters);
      const claims = subset.claims.filter((c) => component.has(c.measureId));
      // Groups are analysed one by one, so a component's claims alone give the same group as the whole dataset.
      const group =
        buildGroups({ claims, measures: subset.measures, sources: subset.sources }).find(
          (g) => g.id === groupId || g.measureIds.includes(groupId),
        ) ?? null;
      const used = new Set(group?.entries.map((e) => e.claimId));
      const groupClaims = claims.filter((c) => used.has(c.id));
      const articles = new Set(groupClaims.map((c) => c.articleId));
      return {
        group,
        dataset: { ...subset, claims: groupClaims, articles: subset.articles.filter((a) => articles.has(a.id)) },
      };
    },

    /** One claim of the whole dataset (filters do not apply to a claim's own page); MISSING when the records must be sent. */
    async claim(key: string, claimId: string, context: RequestContext = {}, dataset?: Dataset): Promise<ClaimSlice | typeof MISSING> {
      const entry = await obtain(key, dataset, context);
      if (entry === MISSING) return entry;
      const records = entry.dataset;
      const claim = entry.index.claims.get(claimId) ?? null;
      if (!claim) return { claim: null, credibility: null, group: null, dataset: { ...records, claims: [], articles: [] } };
      entry.components ??= componentsOf(records);
      const component = entry.components.get(claim.measureId) ?? new Set([claim.measureId]);
      const groups = buildGroups({
        claims: records.claims.filter((c) => component.has(c.measureId)),
        measures: records.measures,
        sources: records.sources,
      });
      const own = groups.find((g) => g.entries.some((e) => e.claimId === claim.id));
      const back = groups.find((g) => g.measureIds.includes(claim.measureId));
      return {
        claim,
        credibility: own ? (credibilityOf(suggestAll([own], entry.index.sources), claim.id) ?? null) : null,
        group: back
          ? (() => {
              const verdict = own === back ? verdictOf(back, entry.index) : null;
              return { id: back.id, label: back.label, headline: verdict?.headline ?? null, status: verdict?.status ?? null };
            })()
          : null,
        dataset: { ...records, claims: [claim], articles: records.articles.filter((a) => a.id === claim.articleId) },
      };
    },

    /** All the records, without any analysis (views that only list them); MISSING when the records must be sent. */
    async records(key: string, context: RequestContext = {}, dataset?: Dataset): Promise<Dataset | typeof MISSING> {
      const entry = await obtain(key, dataset, context);
      return entry === MISSING ? entry : entry.dataset;
    },

    /** All the records and the analysis of all claims; MISSING when the records must be sent. */
    async full(key: string, context: RequestContext = {}): Promise<LoadedDataset | typeof MISSING> {
      const entry = await obtain(key, undefined, context);
      if (entry === MISSING) return entry;
      return { dataset: entry.dataset, analysis: fullAnalysis(entry, context) };
    },

    /** The analysis of the claims that pass the filters; MISSING when the records must be sent. */
    async analyse(key: string, filters: ClaimFilters, context: RequestContext = {}, dataset?: Dataset): Promise<Analysis | typeof MISSING> {
      const entry = await obtain(key, dataset, context);
      if (entry === MISSING) return entry;
      if (isUnfiltered(filters)) return fullAnalysis(entry, context);
      return analyseDataset(filterDataset(entry.dataset, filters));
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
