// Every question the views ask the data service, one handler each. Handlers stay small: the logic is in src/domain.
// Adding a question means adding a handler here; `ask` in src/api takes its argument and reply types from this map.
import type { SourceProfile } from '../domain/analysis-types';
import type { EngineComparisonGroup } from '../domain/divergence';
import { filterDataset, filterOptions, isUnfiltered, type ClaimFilters, type FilterOptions } from '../domain/filter';
import { sourceName } from '../domain/lookups';
import { articleDesk, type ArticleDesk } from '../domain/view-models/article-desk';
import { catalogue, type Catalogue } from '../domain/view-models/catalogue';
import { sourceUses, type SourceUses } from '../domain/source-uses';
import { checkStory, type StoryIssue } from '../domain/story-authoring';
import { toOverview, type Overview, type OverviewCard } from '../domain/overview';
import type { FirstView } from '../domain/first-view';
import type { Article, Claim, Dataset, Story } from '../domain/schema';
import { compareArticlesNewestFirst } from '../domain/article-date';
import { distanceMarks, toDistanceRows, type DistanceModel } from '../domain/view-models/distance-rows';
import type { MarkView } from '../domain/view-models/mark-tip';
import { firstPages, sourceCards, type SourceCardView } from '../domain/view-models/source-profiles-order';
import {
  isWindowed,
  firstScreen,
  matrixFrame,
  matrixGroups,
  matrixRows,
  type MatrixFrame,
  type MatrixModel,
  type MatrixSort,
} from '../domain/view-models/matrix-model';
import type { ViewGrades } from '../domain/exports/view-csv';
import type { ChartImageContent } from '../domain/exports/chart-image';
import type { ControlEvent } from '../domain/events';
import { timelineTableOrder } from '../domain/view-models/timeline-table';
import {
  measureTimelineView,
  ownEvents,
  timelineRowsWindow,
  timelineView,
  type MeasureTimelineView,
  type TimelineRowsWindow,
  type TimelineView,
} from '../domain/view-models/timeline-view';
import {
  comparing,
  componentsOf,
  createStore,
  fullJudgement,
  profilesOf,
  rankedGroups,
  rankLater,
  subsetJudgement,
  type Held,
  type Judged,
  type Store,
} from './dataset-store';
import { PUBLISHED, workspaceKey } from './keys';
import { checkpoint, type RequestContext } from './progress';
import type { ClaimGradeRow, SourceGradeRow, WorkspaceRow } from './store/workspace-db';
import type { RecordRevisions, WorkspaceContent, WorkspaceProblem } from './store/workspaces';
import { fetchTexts } from './fetch-texts';
import { fetchJson } from './http';
import { STORIES_FILE } from '../domain/stories';
import { createImportHandlers } from './import-handlers';
import { createJobs } from './jobs';
import { createCardPost, type PostedCard } from './posted-cards';
import type { BuiltName } from '../domain/built-answers';
import type { SealedParts } from './store/published';
import {
  claimFromParts,
  claimSlice,
  groupFromParts,
  groupIn,
  groupSlice,
  measureOfGroup,
  recordsFor,
  type ClaimSlice,
  type GroupSlice,
} from './comparison-slices';

/** What the landing view and the filter bar need: the overview of the filtered claims and the filter choices. */
export interface OverviewSlice {
  overview: Overview;
  options: FilterOptions;
  totalClaims: number;
}

/** The filter bar's choices and counts under the filters. */
export interface FilterSummary {
  options: FilterOptions;
  /** Every claim of the dataset. */
  totalClaims: number;
  /** The claims that pass the filters. */
  claimCount: number;
}

/** The overview as posted: each card in full, or by its stamp alone when the page said it holds that card (`held`). */
export interface OverviewReply extends Omit<OverviewSlice, 'overview'> {
  overview: Omit<Overview, 'cards'> & { cards: PostedCard[] };
}

export type { ClaimSlice, GroupSlice } from './comparison-slices';

/** The sources page under the filters: the first cards (most figures first) and how many there are, and the distance
 * chart with its marks named from the records, which the page does not hold. */
export interface SourcesSlice {
  cards: SourceCardView[];
  /** How many sources have a figure under the filters: the cards the page can show. */
  total: number;
  distance: DistanceModel;
  marks: MarkView[];
}

/** The articles of a dataset, newest first: the workbench's list, without the claims (their counts are asked apart:
 * a workspace's articles are read alone, before its claims). */
export interface ArticleListSlice {
  articles: Article[];
}

/** One article at the workbench (`articleDesk`), with the revision of each of its claims, read with them: an edit or a
 * delete names the one it was based on. */
export interface ArticleDeskSlice extends ArticleDesk {
  claimRevisions: Map<string, number>;
}

/** The editors' records (`catalogue`), with each record's revision, read with it: a save names the one it was based on. */
export interface CatalogueSlice extends Catalogue {
  revisions: Omit<RecordRevisions, 'claims'>;
}

/** The matrix: measures × sources under the filters and the search, each cell's figures as it prints them (no records:
 * at 200,000 claims the records and every group's entries were most of what crossed to the page). */
export interface MatrixSlice {
  /** The filters, order and search this matrix is under, for the windows of its cells. */
  asked: { filters: ClaimFilters; sort: MatrixSort; q: string };
  frame: MatrixFrame;
  /** Every row with its cells when the matrix is small enough to draw whole; null when the view asks for the part in view. */
  rows: MatrixModel['rows'] | null;
  /** A large matrix's cells for its first screen (`firstScreen`), so that screen needs no second question; null otherwise. */
  firstScreen: MatrixWindowSlice | null;
}

/** The cells of a block of the matrix's rows, for a block of its columns. */
export interface MatrixWindowSlice {
  /** The first row's place in the matrix (from 0). */
  rowStart: number;
  /** The columns the rows' cells cover: `frame.columns[columnStart]` up to, not including, `frame.columns[columnEnd]`. */
  columnStart: number;
  columnEnd: number;
  rows: MatrixModel['rows'];
}

/** A workspace as the views name and grade it: the key of its current state, its row and its grades, read without its
 * records (every view of a workspace asks this first). */
export interface WorkspaceSummary {
  key: string;
  workspace: WorkspaceRow;
  sourceGrades: Map<string, SourceGradeRow>;
  claimGrades: Map<string, ClaimGradeRow>;
}

/** Filter states whose overview is kept, per dataset (going back to an earlier filter is then instant). */
const MAX_OVERVIEWS = 16;

/** The landing view the build made, while the published records under `key` load: null once they are held, or when
 * the build's view was not given (src/service/store/published.ts). */
function viewBeforeRecords(store: Store, key: string, records: Promise<Held>): Promise<FirstView | null> {
  return Promise.race([store.viewBeforeRecords(key), records.then(() => null)]);
}

/** The filter choices of the records, made once (the build's, when it made the first view). */
function optionsOf(entry: Held): FilterOptions {
  entry.options ??= entry.firstView?.options ?? filterOptions(entry.dataset);
  return entry.options;
}

/** Keeps the build's view as the answer under its filters once its records are held, and ranks the groups after it
 * (`rankLater`), so the first filter change, and the next cards, find them. */
function builtAnswered(entry: Held, built: FirstView, filterKey: string): Overview {
  rankLater(entry, filterKey);
  return built.overview;
}

interface SourcesView {
  cards: SourceCardView[];
  distance: DistanceModel;
  marks: MarkView[];
}

// Each "more sources" asks again; the order and the chart are made once per judgement.
const sourcesViews = new WeakMap<Judged, SourcesView>();

/** The sources page's cards in order and its distance chart with named marks, for one judgement of the claims. */
function sourcesViewOf(entry: Held, judged: Judged): SourcesView {
  const known = sourcesViews.get(judged);
  if (known) return known;
  const profiles = profilesOf(entry, judged);
  const distance = toDistanceRows(profiles, judged.groups, (id) => sourceName(entry.index.sources, id));
  const view = { cards: sourceCards(profiles, entry.index.sources), distance, marks: distanceMarks(distance, entry.index) };
  sourcesViews.set(judged, view);
  return view;
}

/** One group of `subset` (the held records, filtered), found as the views name it (its id, or one of its measures),
 * analysed in full from its own component's claims alone: groups are analysed one by one, so that gives the same group
 * as the whole dataset. */
function groupOf(entry: Held, subset: Dataset, groupId: string): EngineComparisonGroup | null {
  return groupIn(subset, componentOf(entry, groupId), groupId);
}

/** The measures of the component a group id names (the id alone when the records have no such measure). */
function componentOf(entry: Held, groupId: string): ReadonlySet<string> {
  return componentsOf(entry).get(measureOfGroup(groupId)) ?? new Set([groupId]);
}

/** An answer from the claims' parts while the published records load (written at build, sealed with them): null when
 * the records come first, or the parts cannot give it. */
async function beforeRecords<T>(
  store: Store,
  key: string,
  records: Promise<Held>,
  answer: (parts: SealedParts) => Promise<T | null>,
): Promise<T | null> {
  const held = records.then(() => null);
  const parts = await Promise.race([store.partsBeforeRecords(key), held]);
  return parts && Promise.race([answer(parts), held]);
}

/** The answer to a question the build may have answered (src/service/built-answers.ts): the build's, made by this map's
 * own handler from the very records being loaded, while they load and only when asked unfiltered of the published
 * records; otherwise `make` makes it from the records. */
async function builtOrMade<T>(
  store: Store,
  context: RequestContext,
  name: BuiltName,
  { key, ...asked }: { key: string; filters: ClaimFilters } & Record<string, unknown>,
  make: (entry: Held) => T,
): Promise<T> {
  const records = store.obtain(key, context);
  // The cast is the seal's promise: the file is sealed with the records, and says which question it answers.
  const built = isUnfiltered(asked.filters)
    ? await beforeRecords(store, key, records, (parts) => parts.built(name, asked) as Promise<T | null>)
    : null;
  return built ?? make(await records);
}

/** The claims that pass the filters; the latest filters' are kept, as the timeline's two tabs, its image and the filter
 * bar ask in turn. */
function claimsUnder(entry: Held, filters: ClaimFilters): readonly Claim[] {
  if (isUnfiltered(filters)) return entry.dataset.claims;
  const filterKey = JSON.stringify(filters);
  if (entry.filtered?.filterKey === filterKey) return entry.filtered.judged.claims;
  return datasetUnder(entry, filters).claims;
}

/** The dataset with only the claims that pass the filters; the latest filters' claims are kept. */
function datasetUnder(entry: Held, filters: ClaimFilters): Dataset {
  if (isUnfiltered(filters)) return entry.dataset;
  const filterKey = JSON.stringify(filters);
  if (entry.subset?.filterKey !== filterKey) entry.subset = { filterKey, claims: filterDataset(entry.dataset, filters).claims };
  return { ...entry.dataset, claims: entry.subset.claims };
}

/** The claims that pass the filters, judged in full: the whole dataset's, made once, when nothing is filtered; otherwise
 * the latest filters' are kept, so the sources page's distances, the matrix and its CSV under the same filters share them. */
function judgedUnder(entry: Held, filters: ClaimFilters, context: RequestContext): Judged {
  if (isUnfiltered(filters)) return fullJudgement(entry, context);
  const filterKey = JSON.stringify(filters);
  if (entry.filtered?.filterKey === filterKey) return entry.filtered.judged;
  const claims = claimsUnder(entry, filters);
  context.onProgress?.(comparing(claims.length));
  // The matrix kept for the filters replaced would keep their groups alive: let it go with them.
  if (entry.matrix && entry.matrix.groups !== entry.judged?.groups) entry.matrix = undefined;
  entry.filtered = { filterKey, judged: subsetJudgement(entry, claims) };
  return entry.filtered.judged;
}

// The table's order of each set of claims under the filters: a block of its rows is a slice, not a sort of them all.
const tableOrders = new WeakMap<readonly Claim[], Claim[]>();

/** `claims` (the dataset's, or a subset kept for its filters) in the timeline table's order, sorted once. */
function tableOrderOf(entry: Held, claims: readonly Claim[]): Claim[] {
  let ordered = tableOrders.get(claims);
  if (!ordered) {
    ordered = timelineTableOrder(claims, entry.index.articles);
    tableOrders.set(claims, ordered);
  }
  return ordered;
}

/** The cells of the matrix's rows `rows` for its columns `columns` (ranges from 0, ends excluded). */
function matrixWindowOf(
  entry: Held,
  ordered: readonly EngineComparisonGroup[],
  frame: MatrixFrame,
  rows: { start: number; end: number },
  columns: { start: number; end: number },
): MatrixWindowSlice {
  const voices = new Set(frame.columns.slice(columns.start, columns.end).map((c) => c.id));
  return {
    rowStart: rows.start,
    columnStart: columns.start,
    columnEnd: Math.min(columns.end, frame.columns.length),
    rows: matrixRows(ordered.slice(rows.start, rows.end), entry.index, voices),
  };
}

/** The matrix's groups in its order and its frame under the filters, order and search; the latest is kept, as a
 * windowed matrix asks for its cells block by block. */
function matrixUnder(
  entry: Held,
  filters: ClaimFilters,
  sort: MatrixSort,
  q: string,
  context: RequestContext,
): { ordered: EngineComparisonGroup[]; frame: MatrixFrame } {
  const { groups } = judgedUnder(entry, filters, context);
  const asked = JSON.stringify([filters, sort, q]);
  if (entry.matrix?.asked !== asked || entry.matrix.groups !== groups) {
    const ordered = matrixGroups(groups, sort, q);
    entry.matrix = { asked, groups, ordered, frame: matrixFrame(ordered, entry.index) };
  }
  return entry.matrix;
}

/** The published records with every article text and the classroom stories, as a new workspace stores them. */
async function publishedContent(store: Store, context: RequestContext): Promise<WorkspaceContent> {
  const { dataset } = await store.obtain(PUBLISHED, context);
  const files = [...new Set(dataset.articles.map((a) => a.file))];
  context.onProgress?.({ stage: 'download', message: `Downloading ${files.length.toLocaleString('en-GB')} article texts…` });
  const texts = await fetchTexts(files, context.signal);
  // The copy carries the published stories, so a teacher can adapt one rather than start from nothing.
  const { storiesSchema } = await import('../domain/schema');
  const stories = await fetchJson(STORIES_FILE, storiesSchema, context.signal);
  return { dataset, texts, stories };
}

/** The handler map, over one store of records. */
export function createHandlers(store: Store = createStore()) {
  const jobs = createJobs();
  const cardPost = createCardPost();
  return {
    ...jobs.handlers,
    ...createImportHandlers(jobs),

    /** The changes of control the published articles report (`events.json`), checked here with its schema, so that the
     * page's first view loads no validator (zod and the schemas are about 28 KB gzip). */
    async events(_: null, context: RequestContext): Promise<ControlEvent[]> {
      const { controlEventsSchema } = await import('../domain/events');
      return fetchJson('events.json', controlEventsSchema, context.signal);
    },

    /** Starts loading the published dataset so that the first view finds it under way. */
    async prepare(_: null, context: RequestContext): Promise<null> {
      await store.obtain(PUBLISHED, context);
      return null;
    },

    /** Aborts the load under way for a key (a retry after a hang). */
    // The handler map's contract is a promise, even where the work is synchronous.
    // eslint-disable-next-line @typescript-eslint/require-await
    async restart({ key }: { key: string }): Promise<null> {
      store.restart(key);
      return null;
    },

    /** What the filter bar shows under the filters: the choices, how many claims there are and how many pass. No view is
     * ranked or judged for it, so it answers at once on every page but the landing's. */
    async filterSummary({ key, filters }: { key: string; filters: ClaimFilters }, context: RequestContext): Promise<FilterSummary> {
      const records = store.obtain(key, context);
      // With no filter set, the landing view the build made says it all while the records are parsed.
      const early = isUnfiltered(filters) ? await viewBeforeRecords(store, key, records) : null;
      if (early) return { options: early.options, totalClaims: early.totalClaims, claimCount: early.overview.claimCount };
      const entry = await records;
      return { options: optionsOf(entry), totalClaims: entry.dataset.claims.length, claimCount: claimsUnder(entry, filters).length };
    },

    /** The overview of the claims that pass the filters, with the filter choices; the cards whose stamps are `held` (the
     * page holds them) go by stamp alone. */
    async overview(
      { key, filters, held = [] }: { key: string; filters: ClaimFilters; held?: readonly string[] },
      context: RequestContext,
    ): Promise<OverviewReply> {
      const reply = (overview: Overview, options: FilterOptions, totalClaims: number): OverviewReply => ({
        overview: { ...overview, cards: cardPost.post(overview.cards, held) },
        options,
        totalClaims,
      });
      const records = store.obtain(key, context);
      const filterKey = JSON.stringify(filters);
      if (isUnfiltered(filters)) {
        // With no filter set, the landing view the build made from the sealed records is the answer as soon as their
        // bytes matched the record, while they are still parsed.
        const early = await viewBeforeRecords(store, key, records);
        if (early) {
          records.then((entry) => builtAnswered(entry, early, filterKey)).catch(() => undefined);
          return reply(early.overview, early.options, early.totalClaims);
        }
      }
      const entry = await records;
      let overview = entry.overviews.get(filterKey);
      const built = !overview && isUnfiltered(filters) ? entry.firstView : null;
      if (overview) {
        entry.overviews.delete(filterKey);
      } else if (built) {
        overview = builtAnswered(entry, built, filterKey);
      } else {
        const subset = datasetUnder(entry, filters);
        // Claims already judged in full rank the same; otherwise rank alone, which skips building every entry's evidence.
        const made = isUnfiltered(filters) ? entry.judged : null;
        if (!made) context.onProgress?.(comparing(subset.claims.length));
        const groups = made ? made.groups : rankedGroups(entry, subset === entry.dataset ? null : subset.claims);
        overview = toOverview(subset, groups, entry.index, { cardOf: cardPost.cardOf });
        // The page asks for the other cards as the reader shows more: these groups answer them without ranking again.
        entry.ranked = { filterKey, byId: new Map(groups.map((g) => [g.id, g])) };
      }
      entry.overviews.set(filterKey, overview);
      for (const oldest of entry.overviews.keys()) {
        if (entry.overviews.size <= MAX_OVERVIEWS) break;
        entry.overviews.delete(oldest);
      }
      return reply(overview, optionsOf(entry), entry.dataset.claims.length);
    },

    /** The landing cards of the groups `ids` under the filters, in that order (a group with no card is left out); those
     * whose stamps are `held` go by stamp alone. */
    async cards(
      { key, filters, ids, held = [] }: { key: string; filters: ClaimFilters; ids: string[]; held?: readonly string[] },
      context: RequestContext,
    ): Promise<PostedCard[]> {
      const entry = await store.obtain(key, context);
      const filterKey = JSON.stringify(filters);
      const ranked = entry.ranked?.filterKey === filterKey ? entry.ranked.byId : null;
      // Groups are analysed one by one, so a group made from its component's claims alone is the one the ranking made.
      const subset = ranked ? null : datasetUnder(entry, filters);
      const cards: OverviewCard[] = [];
      for (const id of ids) {
        const group = ranked ? ranked.get(id) : subset && groupOf(entry, subset, id);
        const card = group ? cardPost.cardOf(group, entry.index) : null;
        if (card) cards.push(card);
      }
      return cardPost.post(cards, held);
    },

    /** One group of the filtered claims, found as the views name it (its id, or one of its measures), analysed in full
     * from its own component's claims alone. */
    async group(
      { key, filters, groupId }: { key: string; filters: ClaimFilters; groupId: string },
      context: RequestContext,
    ): Promise<GroupSlice> {
      const records = store.obtain(key, context);
      const early = isUnfiltered(filters) ? await beforeRecords(store, key, records, (parts) => groupFromParts(parts, groupId)) : null;
      if (early) return early;
      const entry = await records;
      return groupSlice(filterDataset(entry.dataset, filters), componentOf(entry, groupId), groupId);
    },

    /** One claim of the whole dataset (filters do not apply to a claim's own page). */
    async claim({ key, claimId }: { key: string; claimId: string }, context: RequestContext): Promise<ClaimSlice> {
      const records = store.obtain(key, context);
      const early = await beforeRecords(store, key, records, (parts) => claimFromParts(parts, claimId));
      if (early) return early;
      const entry = await records;
      const claim = entry.index.claims.get(claimId) ?? null;
      if (!claim) return { claim: null, credibility: null, group: null, dataset: recordsFor(entry.dataset, []) };
      return claimSlice(entry.dataset, entry.index, componentOf(entry, claim.measureId), claim);
    },

    /** A workspace's current state, without its records: every view of a workspace asks this first, and a view that
     * needs no claim (the workbench's article list) must not wait for them to be read. */
    async workspace({ workspaceId }: { workspaceId: string }): Promise<WorkspaceSummary> {
      const { readWorkspaceSummary } = await import('./store/workspaces');
      const { workspace, sourceGrades, claimGrades } = await readWorkspaceSummary(workspaceId);
      return { key: workspaceKey(workspaceId, workspace.revision), workspace, sourceGrades, claimGrades };
    },

    /** The stored records under a key that could not be read, and are left out (none for the published dataset). */
    async problems({ key }: { key: string }, context: RequestContext): Promise<WorkspaceProblem[]> {
      return (await store.obtain(key, context)).problems;
    },

    /** Copies the published dataset and every article text into a new workspace, here where the records are held. */
    async copyPublished(
      { workspaceName, jobId }: { workspaceName: string; jobId?: string },
      context: RequestContext,
    ): Promise<WorkspaceRow> {
      return jobs.run(jobId, context, async (signal) => {
        // The downloads stop with the job, and so does the save: it is one transaction, undone whole if stopped.
        const content = await publishedContent(store, { ...context, signal });
        await checkpoint({ signal });
        context.onProgress?.({ stage: 'save', message: `Saving ${content.dataset.claims.length.toLocaleString('en-GB')} claims…` });
        const { createWorkspace } = await import('./store/workspaces');
        return createWorkspace(workspaceName, 'published', content, signal);
      });
    },

    /** Puts a workspace back to a fresh copy of the published dataset. */
    async resetToPublished({ workspaceId }: { workspaceId: string }, context: RequestContext): Promise<null> {
      const content = await publishedContent(store, context);
      const { resetWorkspace } = await import('./store/workspaces');
      await resetWorkspace(workspaceId, content);
      return null;
    },

    /** The articles, newest first. */
    async articleList({ key }: { key: string }, context: RequestContext): Promise<ArticleListSlice> {
      return { articles: [...(await store.articles(key, context))].sort(compareArticlesNewestFirst) };
    },

    /** Each article's number of claims (an article with none is not in the map). */
    async articleClaimCounts({ key }: { key: string }, context: RequestContext): Promise<Map<string, number>> {
      const { dataset } = await store.obtain(key, context);
      const counts = new Map<string, number>();
      for (const c of dataset.claims) counts.set(c.articleId, (counts.get(c.articleId) ?? 0) + 1);
      return counts;
    },

    /** One article with its claims, the sources and measures, and what the suggester learns from the other articles. */
    async articleDesk({ key, articleId }: { key: string; articleId: string }, context: RequestContext): Promise<ArticleDeskSlice> {
      const { dataset, revisions } = await store.obtain(key, context);
      const desk = articleDesk(dataset, articleId);
      const claimRevisions = new Map<string, number>();
      for (const c of desk.records.claims) {
        const revision = revisions?.claims.get(c.id);
        if (revision !== undefined) claimRevisions.set(c.id, revision);
      }
      return { ...desk, claimRevisions };
    },

    /** Every article, source and measure with its revision, and each measure's number of figures: the editors' lists. */
    async catalogue({ key }: { key: string }, context: RequestContext): Promise<CatalogueSlice> {
      const { dataset, revisions } = await store.obtain(key, context);
      const { articles, sources, measures } = revisions ?? { articles: new Map(), sources: new Map(), measures: new Map() };
      return { ...catalogue(dataset), revisions: { articles, sources, measures } };
    },

    /** The claims on one measure: what its whole and background flag must still fit when the measure is edited. */
    async measureClaims({ key, measureId }: { key: string; measureId: string }, context: RequestContext): Promise<Claim[]> {
      const { dataset } = await store.obtain(key, context);
      return dataset.claims.filter((c) => c.measureId === measureId);
    },

    /** What in the records uses one source (story steps are checked by the store when it deletes). */
    async sourceUses({ key, sourceId }: { key: string; sourceId: string }, context: RequestContext): Promise<SourceUses> {
      const { dataset } = await store.obtain(key, context);
      return sourceUses(dataset, [], sourceId);
    },

    /** What is wrong with a story against the records (as data:check would say it), before it is saved. */
    async storyIssues({ key, story }: { key: string; story: Story }, context: RequestContext): Promise<StoryIssue[]> {
      const { dataset } = await store.obtain(key, context);
      return checkStory(story, dataset);
    },

    /** The sources page under the filters: the first `count` cards (in whole pages), most figures first, and the
     * distance chart. */
    async sources(
      { key, filters, count }: { key: string; filters: ClaimFilters; count: number },
      context: RequestContext,
    ): Promise<SourcesSlice> {
      return builtOrMade<SourcesSlice>(store, context, 'sources', { key, filters, count }, (entry) => {
        const { cards, distance, marks } = sourcesViewOf(entry, judgedUnder(entry, filters, context));
        return { cards: firstPages(cards, count), total: cards.length, distance, marks };
      });
    },

    /** One source's distance from the others under the filters, measure by measure (empty for a source with no figure). */
    async sourceDistances(
      { key, filters, sourceId }: { key: string; filters: ClaimFilters; sourceId: string },
      context: RequestContext,
    ): Promise<SourceProfile['distances']> {
      const entry = await store.obtain(key, context);
      const judged = judgedUnder(entry, filters, context);
      return profilesOf(entry, judged).find((p) => p.sourceId === sourceId)?.distances ?? [];
    },

    /** The timeline's sources chart for the claims that pass the filters, with the changes of control (`events`, the
     * published ones) that this dataset's own articles report. */
    async timeline(
      { key, filters, events }: { key: string; filters: ClaimFilters; events: ControlEvent[] },
      context: RequestContext,
    ): Promise<TimelineView> {
      return builtOrMade<TimelineView>(store, context, 'timeline', { key, filters, events }, (entry) =>
        timelineView(claimsUnder(entry, filters), entry.index, events),
      );
    },

    /** The rows `rows` (from 0, end excluded) of every claim that passes the filters, in date order, as the timeline's
     * table prints them, and how many there are. */
    async timelineRows(
      { key, filters, rows }: { key: string; filters: ClaimFilters; rows: { start: number; end: number } },
      context: RequestContext,
    ): Promise<TimelineRowsWindow> {
      return builtOrMade<TimelineRowsWindow>(store, context, 'timelineRows', { key, filters, rows }, (entry) =>
        timelineRowsWindow(tableOrderOf(entry, claimsUnder(entry, filters)), entry.index, rows),
      );
    },

    /** The timeline's per-measure tab for the measure `measureId` (null: the busiest). */
    async measureTimeline(
      { key, filters, events, measureId }: { key: string; filters: ClaimFilters; events: ControlEvent[]; measureId: string | null },
      context: RequestContext,
    ): Promise<MeasureTimelineView> {
      return builtOrMade<MeasureTimelineView>(store, context, 'measureTimeline', { key, filters, events, measureId }, (entry) =>
        measureTimelineView(claimsUnder(entry, filters), entry.index, events, measureId),
      );
    },

    /** What the timeline's image says, for the claims under the filters, in the table's order. */
    async timelineImage(
      { key, filters, events, permalink }: { key: string; filters: ClaimFilters; events: ControlEvent[]; permalink: string },
      context: RequestContext,
    ): Promise<ChartImageContent> {
      const entry = await store.obtain(key, context);
      const claims = tableOrderOf(entry, claimsUnder(entry, filters));
      const { timelineImageContent } = await import('../domain/exports/timeline-image-content');
      return timelineImageContent(claims, entry.index, ownEvents(events, entry.index).length, permalink);
    },

    /** The matrix under the filters, its rows sorted and searched: its measures and sources, and every cell only when it
     * is small enough to draw whole (a large one's cells are asked for by the window in view, `matrixWindow`). */
    async matrix(
      { key, filters, sort, q }: { key: string; filters: ClaimFilters; sort: MatrixSort; q: string },
      context: RequestContext,
    ): Promise<MatrixSlice> {
      return builtOrMade<MatrixSlice>(store, context, 'matrix', { key, filters, sort, q }, (entry) => {
        const { ordered, frame } = matrixUnder(entry, filters, sort, q, context);
        if (!isWindowed(frame.groups.length, frame.columns.length))
          return { asked: { filters, sort, q }, frame, rows: matrixRows(ordered, entry.index, null), firstScreen: null };
        const { rows, columns } = firstScreen(frame.groups.length, frame.columns.length);
        return { asked: { filters, sort, q }, frame, rows: null, firstScreen: matrixWindowOf(entry, ordered, frame, rows, columns) };
      });
    },

    /** The cells of the matrix's rows `rows` for its columns `columns` (ranges from 0, ends excluded). */
    async matrixWindow(
      {
        key,
        filters,
        sort,
        q,
        rows,
        columns,
      }: {
        key: string;
        filters: ClaimFilters;
        sort: MatrixSort;
        q: string;
        rows: { start: number; end: number };
        columns: { start: number; end: number };
      },
      context: RequestContext,
    ): Promise<MatrixWindowSlice> {
      const entry = await store.obtain(key, context);
      const { ordered, frame } = matrixUnder(entry, filters, sort, q, context);
      return matrixWindowOf(entry, ordered, frame, rows, columns);
    },

    /** The matrix's CSV export, made where the records are: every figure the matrix holds, in its order, with `grades`. */
    async matrixCsv(
      { key, filters, sort, q, grades }: { key: string; filters: ClaimFilters; sort: MatrixSort; q: string; grades: ViewGrades },
      context: RequestContext,
    ): Promise<string> {
      const entry = await store.obtain(key, context);
      const { groups } = judgedUnder(entry, filters, context);
      const { toViewCsv, viewRows } = await import('../domain/exports/view-csv');
      return toViewCsv(viewRows(matrixGroups(groups, sort, q)), entry.index, grades);
    },
  };
}

/** Every question the service answers, with its argument and reply types. */
export type Handlers = ReturnType<typeof createHandlers>;
