// Holds the records every question is about, where the engine runs: the published dataset (fetched once, however many
// ask) and the latest states of workspaces (read from this browser's storage). The page never holds a whole dataset.
import type { ComparisonGroup, SourceProfile } from '../domain/analysis-types';
import { judgePrepared, prepareGroups, rankPrepared, type JudgedParts, type PreparedGroups } from '../domain/analyse';
import type { EngineComparisonGroup } from '../domain/divergence';
import { measureComponentSets } from '../domain/claim-parts';
import { buildProfiles } from '../domain/independence';
import type { FilterOptions } from '../domain/filter';
import type { MatrixFrame } from '../domain/view-models/matrix-model';
import { indexDataset, type DatasetIndex } from '../domain/lookups';
import type { Overview } from '../domain/overview';
import type { Article, Claim, Dataset } from '../domain/schema';
import { PUBLISHED, workspaceIdOf, workspaceKey } from './keys';
import type { LoadProgress, RequestContext } from './progress';
import { loadPublishedDataset, type SealedParts } from './store/published';
import type { FirstView } from '../domain/first-view';
import type { RecordRevisions, WorkspaceProblem } from './store/workspaces';

/** A set of claims judged in full (every entry's evidence), and the sources' profiles once a view asks for them. No
 * credibility suggestions: only a claim's page shows one, made from its own group. */
export interface Judged {
  claims: readonly Claim[];
  groups: EngineComparisonGroup[];
  profiles: SourceProfile[] | null;
}

/** The records under one key, with what has been worked out about them so far. */
export interface Held {
  key: string;
  dataset: Dataset;
  index: DatasetIndex;
  /** Each measure's component of linked measures (a comparison group never reaches outside one). */
  components: Map<string, ReadonlySet<string>> | null;
  options: FilterOptions | null;
  /** Every claim judged in full, made once, by the first view that needs every entry's evidence. */
  judged: Judged | null;
  /** Overviews by filters, newest last. */
  overviews: Map<string, Overview>;
  /** The claims under the latest filters asked for. */
  subset?: { filterKey: string; claims: Claim[] };
  /** The claims under the latest filters asked for, judged in full (the unfiltered ones are `judged`). */
  filtered?: { filterKey: string; judged: Judged };
  /** Every claim normalised and sorted into its group once, so that any filtered subset is judged without doing it again. */
  prepared: PreparedGroups | null;
  /** The parts of the latest ranking: the next filter change judges again only the groups whose claims it changes. */
  rankedParts?: JudgedParts;
  /** The latest matrix asked for (filters, order and search), its groups in order, for the windows of its cells. */
  matrix?: { asked: string; groups: readonly EngineComparisonGroup[]; ordered: EngineComparisonGroup[]; frame: MatrixFrame };
  /** The groups the latest overview made, by id, for the cards the page asks for next. */
  ranked?: { filterKey: string; byId: Map<string, ComparisonGroup> };
  /** A workspace's stored records that could not be read (the rest still load); none for the published dataset. */
  problems: WorkspaceProblem[];
  /** Each stored record's revision, read with the records (a save names the revision it was based on); null when published. */
  revisions: RecordRevisions | null;
  /** The published landing view the build made from these records, when they arrived sealed (null: none, make it). */
  firstView: FirstView | null;
}

interface Loading {
  promise: Promise<Held>;
  controller: AbortController;
  waiters: number;
  listeners: Set<(progress: LoadProgress) => void>;
  /** The latest progress, for those who join a load under way. */
  seen: { last: LoadProgress | null };
  /** The build's landing view of the published records, once their bytes matched its record (before they are parsed);
   * null once the load ends without one, or for a workspace. */
  view: Promise<FirstView | null>;
  /** The published records beside the claims and the claims' parts, once sealed (before the claims are parsed); null once
   * the load ends without them, or for a workspace. */
  parts: Promise<SealedParts | null>;
}

/** Reads one workspace's current records from storage; the key names the state read ("ws:<id>@<revision>"). */
export type ReadWorkspace = (
  id: string,
) => Promise<{ key: string; dataset: Dataset; problems: WorkspaceProblem[]; revisions?: RecordRevisions }>;

/** Reads one workspace's readable articles alone from storage. */
export type ReadWorkspaceArticles = (id: string) => Promise<Article[]>;

export interface StoreDeps {
  fetchPublished?: typeof loadPublishedDataset;
  readWorkspace?: ReadWorkspace;
  readWorkspaceArticles?: ReadWorkspaceArticles;
}

/** Older workspace states are never asked for again: keep only the latest few (besides the published dataset). */
const MAX_DATASETS = 3;
/** A download nobody has waited for this long is stopped. */
const ABANDON_AFTER_MS = 2_000;

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
export function componentsOf(entry: Held): Map<string, ReadonlySet<string>> {
  entry.components ??= measureComponentSets(entry.dataset.measures);
  return entry.components;
}

export function comparing(count: number): LoadProgress {
  return { stage: 'analyse', message: `Comparing ${count.toLocaleString('en-GB')} figures…` };
}

/** The claims under a key, prepared for judging (made once, by the first question that judges them). */
function preparedOf(entry: Held): PreparedGroups {
  entry.prepared ??= prepareGroups(entry.dataset);
  return entry.prepared;
}

/** Every claim under a key judged in full, made once. */
export function fullJudgement(entry: Held, context: RequestContext): Judged {
  if (!entry.judged) {
    context.onProgress?.(comparing(entry.dataset.claims.length));
    entry.judged = { claims: entry.dataset.claims, groups: judgePrepared(preparedOf(entry), null), profiles: null };
  }
  return entry.judged;
}

/** A filtered subset of the claims under a key, judged in full. */
export function subsetJudgement(entry: Held, claims: readonly Claim[]): Judged {
  return { claims, groups: judgePrepared(preparedOf(entry), claims), profiles: null };
}

/** The sources' profiles of judged claims, made once: the matrix never needs them. */
export function profilesOf(entry: Held, judged: Judged): SourceProfile[] {
  judged.profiles ??= buildProfiles(judged.claims, judged.groups, entry.index.sources);
  return judged.profiles;
}

/** Ranks every claim under a key once the current task is done: after a landing view the build made was sent, so the
 * first filter change, and the next cards, find the groups prepared as they would have been. */
export function rankLater(entry: Held, filterKey: string): void {
  setTimeout(() => {
    if (entry.rankedParts) return;
    const groups = rankedGroups(entry, null);
    entry.ranked ??= { filterKey, byId: new Map(groups.map((g) => [g.id, g])) };
  }, 0);
}

/** The groups of the claims under a key (`subset` null) or of a filtered subset, ranked for overviews; groups whose
 * claims the latest ranking already judged are taken from it. */
export function rankedGroups(entry: Held, subset: readonly Claim[] | null): EngineComparisonGroup[] {
  const { groups, parts } = rankPrepared(preparedOf(entry), subset, entry.rankedParts);
  entry.rankedParts = parts;
  return groups;
}

const readFromStorage: ReadWorkspace = async (id) => {
  const { readWorkspaceRecords } = await import('./store/workspaces');
  const { workspace, dataset, problems, revisions } = await readWorkspaceRecords(id);
  return { key: workspaceKey(id, workspace.revision), dataset, problems, revisions };
};

const readArticlesFromStorage: ReadWorkspaceArticles = async (id) => (await import('./store/workspaces')).readWorkspaceArticles(id);

/** A store of records; `fetchPublished` and the workspace reads are replaced in tests. */
export function createStore({
  fetchPublished = loadPublishedDataset,
  readWorkspace = readFromStorage,
  readWorkspaceArticles = readArticlesFromStorage,
}: StoreDeps = {}) {
  const held = new Map<string, Held>();
  const loading = new Map<string, Loading>();

  function hold(key: string, dataset: Dataset, problems: WorkspaceProblem[] = [], revisions: RecordRevisions | null = null): Held {
    const entry: Held = {
      key,
      dataset,
      index: indexDataset(dataset),
      components: null,
      options: null,
      judged: null,
      prepared: null,
      overviews: new Map(),
      problems,
      revisions,
      firstView: null,
    };
    held.delete(key);
    held.set(key, entry);
    // Workspace states come and go (every save is a new key); the published dataset stays.
    for (const oldest of [...held.keys()]) {
      if (held.size <= MAX_DATASETS + (held.has(PUBLISHED) ? 1 : 0)) break;
      if (oldest !== PUBLISHED) held.delete(oldest);
    }
    return entry;
  }

  /** Starts the one load of a key's records: a download for the published dataset, a storage read for a workspace. */
  function startLoad(key: string): Loading {
    const controller = new AbortController();
    const listeners = new Set<(progress: LoadProgress) => void>();
    const seen: { last: LoadProgress | null } = { last: null };
    const report = (progress: LoadProgress) => {
      seen.last = progress;
      listeners.forEach((l) => l(progress));
    };
    const workspaceId = workspaceIdOf(key);
    let given: FirstView | null = null;
    let giveView: (view: FirstView | null) => void = () => undefined;
    const view = new Promise<FirstView | null>((resolve) => (giveView = resolve));
    const onView = (made: FirstView) => {
      given = made;
      giveView(made);
    };
    let onParts: (parts: SealedParts | null) => void = () => undefined;
    const parts = new Promise<SealedParts | null>((resolve) => (onParts = resolve));
    const promise = (
      workspaceId === null
        ? fetchPublished(report, controller.signal, { onView, onParts }).then((records) => {
            const entry = hold(key, records);
            entry.firstView = given;
            return entry;
          })
        : readWorkspace(workspaceId).then(({ key: read, dataset, problems, revisions }) => {
            // Storage may already be a revision ahead of the key asked for: hold it under both, the next ask names the newer.
            const entry = hold(read, dataset, problems, revisions ?? null);
            if (read !== key) held.set(key, entry);
            return entry;
          })
    ).finally(() => {
      if (loading.get(key)?.controller === controller) loading.delete(key);
    });
    // A load every waiter gave up on rejects with nobody listening.
    promise.catch(() => undefined);
    // However the load ends, a view not given by then will not be.
    promise
      .finally(() => {
        giveView(null);
        onParts(null);
      })
      .catch(() => undefined);
    const load: Loading = { promise, controller, waiters: 0, listeners, seen, view, parts };
    loading.set(key, load);
    return load;
  }

  function abandon(key: string, load: Loading | undefined = loading.get(key)): void {
    if (!load || loading.get(key) !== load) return;
    load.controller.abort();
    loading.delete(key);
  }

  /** The records under a key, loaded once however many ask at the same time. */
  async function obtain(key: string, context: RequestContext): Promise<Held> {
    const found = held.get(key);
    if (found) {
      // Most recently used last, so eviction drops the one least asked for.
      held.delete(key);
      held.set(key, found);
      return found;
    }
    const current = loading.get(key) ?? startLoad(key);
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

  return {
    obtain,
    /** The articles under a key: from its records when they are held (or published), else read alone from storage, so
     * that a workspace's article list does not wait for its claims. */
    async articles(key: string, context: RequestContext): Promise<Article[]> {
      const found = held.get(key);
      const workspaceId = workspaceIdOf(key);
      if (found || workspaceId === null) return (found ?? (await obtain(key, context))).dataset.articles;
      return readWorkspaceArticles(workspaceId);
    },
    /** The build's landing view of the published records while they load, as soon as their bytes matched its record:
     * null for records already held (their entry has it), for a workspace, or once the load ends without one. */
    viewBeforeRecords(key: string): Promise<FirstView | null> {
      return held.has(key) ? Promise.resolve(null) : (loading.get(key)?.view ?? Promise.resolve(null));
    },
    /** The published records beside the claims, and the claims' parts, while the claims load: null for records already
     * held, for a workspace, or once the load ends without them. */
    partsBeforeRecords(key: string): Promise<SealedParts | null> {
      return held.has(key) ? Promise.resolve(null) : (loading.get(key)?.parts ?? Promise.resolve(null));
    },
    /** Aborts the load under way for a key (a retry after a hang), so that the next request starts a new one; records held stay. */
    restart(key: string): void {
      abandon(key);
    },
  };
}

export type Store = ReturnType<typeof createStore>;
