import { indexDataset } from '../domain/lookups';
import { articleDate } from '../domain/article-date';
import { verdictOf } from '../domain/view-models/verdict';
import { articleDesk } from '../domain/view-models/article-desk';
import { firstView } from '../domain/first-view';
import { catalogue } from '../domain/view-models/catalogue';
import { sourceUses } from '../domain/source-uses';
import { describe, expect, it, vi } from 'vitest';
import { analyseDataset } from '../domain/analyse';
import { toViewCsv, viewRows } from '../domain/exports/view-csv';
import { buildMatrix, firstScreen, isWindowed, matrixGroups } from '../domain/view-models/matrix-model';
import { CARDS_PER_PAGE } from '../domain/card-pages';
import { toOverview } from '../domain/overview';
import { timelineImageContent } from '../domain/exports/timeline-image-content';
import { timelineTableOrder } from '../domain/view-models/timeline-table';
import { measureTimelineView, timelineRowsWindow, timelineView } from '../domain/view-models/timeline-view';
import { credibilityOf } from '../domain/credibility';
import { filterDataset, NO_FILTERS, type ClaimFilters } from '../domain/filter';
import type { RequestContext } from './progress';
import type { Dataset } from '../domain/schema';
import { loadShippedDataset, loadShippedEvents, shippedManySources, shippedManyTimes } from '../testing/real-dataset';
import { distanceMarks } from '../domain/view-models/distance-rows';
import { profilesByFiguresMade, SOURCE_PAGE_SIZE } from '../domain/view-models/source-profiles-order';
import { PUBLISHED } from './keys';
import { createStore, type ReadWorkspace } from './dataset-store';
import type { OverviewReply, OverviewSlice } from './handlers';
import type { PostedCard } from './posted-cards';
import type { OverviewCard } from '../domain/overview';
import { claimIndexes, partOf, splitClaims } from '../domain/claim-parts';
import { answers, type BuiltAnswer } from '../domain/built-answers';
import type { Claim } from '../domain/schema';
import type { EarlyReads, SealedParts } from './store/published';
import { createHandlers } from './handlers';
import { answersAtBuild, askQuestion, firstQuestions } from './built-answers';
import type { loadPublishedDataset } from './store/published';

const shipped = loadShippedDataset();

const noWorkspaces: ReadWorkspace = () => Promise.reject(new Error('no workspaces in this test'));

/** The cards as posted in full (nothing was said to be held), as the page receives them. */
function whole(posted: readonly PostedCard[]): OverviewCard[] {
  return posted.map(({ card, stamp }) => {
    if (!card) throw new Error(`card ${stamp} posted by stamp alone, though none was held`);
    return card;
  });
}

/** An overview answer with its cards whole. */
function wholeOverview(reply: OverviewReply): OverviewSlice {
  return { ...reply, overview: { ...reply.overview, cards: whole(reply.overview.cards) } };
}

/** The shipped records beside the claims, and the claims split into `parts`, as a load gives them before the claims are
 * parsed, with the answers the build made (`built`); `onRead` hears each part read. */
function partsOf(parts: Claim[][], onRead: (part: number) => void = () => undefined, built: readonly BuiltAnswer[] = []): SealedParts {
  const indexes = claimIndexes(parts);
  return {
    articles: shipped.articles,
    sources: shipped.sources,
    measures: shipped.measures,
    count: parts.length,
    read: (part) => {
      onRead(part);
      return Promise.resolve(parts[part] ?? null);
    },
    partOfClaim: (claimId) => Promise.resolve(indexes[partOf(claimId, parts.length)]?.[claimId] ?? null),
    built: (name, asked) => Promise.resolve(built.find((b) => answers(b, name, asked))?.answer ?? null),
  };
}

/** The handler map over a store whose published records come from `fetchPublished` and workspaces from `readWorkspace`. */
function createDatasetService(fetchPublished: typeof loadPublishedDataset, readWorkspace: ReadWorkspace = noWorkspaces) {
  const handlers = createHandlers(createStore({ fetchPublished, readWorkspace }));
  return {
    overview: async (key: string, filters: ClaimFilters, context: RequestContext = {}) =>
      wholeOverview(await handlers.overview({ key, filters }, context)),
    cards: async (key: string, filters: ClaimFilters, ids: string[]) => whole(await handlers.cards({ key, filters, ids }, {})),
    group: (key: string, filters: ClaimFilters, groupId: string, context: RequestContext = {}) =>
      handlers.group({ key, filters, groupId }, context),
    claim: (key: string, claimId: string, context: RequestContext = {}) => handlers.claim({ key, claimId }, context),
    catalogue: (key: string, context: RequestContext = {}) => handlers.catalogue({ key }, context),
    // Every card: the shipped dataset has fewer sources than a page.
    sources: (key: string, filters: ClaimFilters, context: RequestContext = {}) => handlers.sources({ key, filters, count: 1 }, context),
    restart: (key: string) => handlers.restart({ key }),
    handlers,
  };
}

/** The service over the shipped records, which arrive only once the test calls `release`; `given` hears what a sealed
 * load gives before them (the build's view, the claims' parts). */
function heldBack(given: (early: EarlyReads) => void) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((ok) => (release = ok));
  const service = createDatasetService(async (_report, _signal, early) => {
    given(early ?? {});
    await released;
    return shipped;
  });
  return { service, release };
}

/** A fetch of the published records that the test finishes by hand, counting downloads and seeing aborts. */
function controllableFetch() {
  const state: { downloads: number; aborted: number; finish: (records: Dataset) => void } = {
    downloads: 0,
    aborted: 0,
    finish: () => undefined,
  };
  const fetchPublished: typeof loadPublishedDataset = (onProgress, signal) => {
    state.downloads++;
    onProgress({ stage: 'download', message: 'Downloading the dataset…' });
    return new Promise<Dataset>((resolve, reject) => {
      state.finish = resolve;
      signal?.addEventListener('abort', () => {
        state.aborted++;
        reject(new DOMException('Aborted', 'AbortError'));
      });
    });
  };
  return { state, fetchPublished };
}

describe('the dataset service', () => {
  it('downloads the published dataset once however many views ask, and tells each its progress', async () => {
    const { state, fetchPublished } = controllableFetch();
    const service = createDatasetService(fetchPublished);
    const seen: string[] = [];
    const overview = service.overview(PUBLISHED, NO_FILTERS, { onProgress: (p) => seen.push(`overview: ${p.message}`) });
    const full = service.sources(PUBLISHED, NO_FILTERS, { onProgress: (p) => seen.push(`full: ${p.message}`) });
    await Promise.resolve();
    state.finish(shipped);
    const [slice, loaded] = await Promise.all([overview, full]);
    expect(state.downloads).toBe(1);
    expect(seen).toContain('overview: Downloading the dataset…');
    expect(seen).toContain('full: Downloading the dataset…');
    expect(seen).toContain(`full: Comparing ${shipped.claims.length.toLocaleString('en-GB')} figures…`);
    expect(slice.totalClaims).toBe(shipped.claims.length);
    expect(slice.overview.groups.map((g) => g.id)).toEqual(analyseDataset(shipped).groups.map((g) => g.id));
    expect(loaded.cards.map((c) => c.source.id).sort()).toEqual(
      analyseDataset(shipped)
        .profiles.map((p) => p.sourceId)
        .sort(),
    );
  });

  it('keeps downloading while a view waits, aborts on a retry so it starts afresh, and stops a download nobody waits for', async () => {
    vi.useFakeTimers();
    try {
      const { state, fetchPublished } = controllableFetch();
      const service = createDatasetService(fetchPublished);
      const first = new AbortController();
      const second = new AbortController();
      const a = service.overview(PUBLISHED, NO_FILTERS, { signal: first.signal });
      const b = service.catalogue(PUBLISHED, { signal: second.signal });
      first.abort();
      await expect(a).rejects.toThrow(/abort/i);
      second.abort();
      await expect(b).rejects.toThrow(/abort/i);
      // One view replacing another: the new one joins the same download before it is given up.
      await vi.advanceTimersByTimeAsync(100);
      const replacement = new AbortController();
      const c = service.catalogue(PUBLISHED, { signal: replacement.signal });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(state.aborted).toBe(0);
      expect(state.downloads).toBe(1);
      // A retry aborts the (hung) download at once, and the next request downloads again.
      void service.restart(PUBLISHED);
      expect(state.aborted).toBe(1);
      await expect(c).rejects.toThrow(/abort/i);
      const retry = service.catalogue(PUBLISHED);
      expect(state.downloads).toBe(2);
      state.finish(shipped);
      const loaded = await retry;
      expect(loaded.records.measures).toBe(shipped.measures);

      // Nobody waits any more: the download stops after a while.
      const lone = createDatasetService(fetchPublished);
      const gone = new AbortController();
      const d = lone.overview(PUBLISHED, NO_FILTERS, { signal: gone.signal });
      gone.abort();
      await expect(d).rejects.toThrow(/abort/i);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(state.aborted).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the published dataset however many workspace states come and go', async () => {
    let downloads = 0;
    const reads: string[] = [];
    const small: Dataset = { ...shipped, claims: shipped.claims.slice(0, 5) };
    // Storage answers with the state the key names, as it would if nothing were saved in between.
    let revision = 1;
    const service = createDatasetService(
      () => {
        downloads++;
        return Promise.resolve(shipped);
      },
      (id) => {
        reads.push(`${id}@${revision}`);
        return Promise.resolve({ key: `ws:${id}@${revision}`, dataset: small, problems: [] });
      },
    );
    await service.catalogue(PUBLISHED);
    for (revision = 1; revision <= 6; revision++) await service.overview(`ws:w1@${revision}`, NO_FILTERS);
    expect(reads).toEqual(['w1@1', 'w1@2', 'w1@3', 'w1@4', 'w1@5', 'w1@6']);
    // The latest states are held; the oldest was let go and is read again.
    revision = 6;
    await service.overview('ws:w1@6', NO_FILTERS);
    expect(reads).toHaveLength(6);
    revision = 1;
    await service.overview('ws:w1@1', NO_FILTERS);
    expect(reads).toHaveLength(7);
    await service.overview(PUBLISHED, NO_FILTERS);
    expect(downloads).toBe(1);
  });

  it('reads a workspace’s records from storage when it does not hold them, once, then answers from them', async () => {
    const small: Dataset = { ...shipped, claims: shipped.claims.slice(0, 10) };
    let reads = 0;
    const service = createDatasetService(
      () => Promise.reject(new Error('no network in this test')),
      () => {
        reads++;
        return Promise.resolve({ key: 'ws:w1@3', dataset: small, problems: [{ table: 'claims', id: 'c-x', message: 'unreadable' }] });
      },
    );
    const [slice, listed] = await Promise.all([service.overview('ws:w1@3', NO_FILTERS), service.catalogue('ws:w1@3')]);
    expect(slice.overview.claimCount).toBe(10);
    expect([...listed.figuresPerMeasure.values()].reduce((a, b) => a + b, 0)).toBe(10);
    expect(reads).toBe(1);
    const profiles = await service.sources('ws:w1@3', NO_FILTERS);
    expect(profiles.cards.reduce((n, c) => n + c.profile.made, 0)).toBeGreaterThan(0);
    expect(reads).toBe(1);
  });

  it('reads a workspace ahead of the key asked for under both keys, so the next question finds it held', async () => {
    let reads = 0;
    const small: Dataset = { ...shipped, claims: shipped.claims.slice(0, 3) };
    const service = createDatasetService(
      () => Promise.reject(new Error('no network in this test')),
      () => {
        reads++;
        return Promise.resolve({ key: 'ws:w1@8', dataset: small, problems: [] });
      },
    );
    await service.catalogue('ws:w1@7');
    await service.catalogue('ws:w1@8');
    expect(reads).toBe(1);
  });

  it('gives the filter bar its choices and counts as the overview has them, and from the build’s view before the records are parsed', async () => {
    const plain = createDatasetService(() => Promise.resolve(shipped));
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 2);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const summary = await plain.handlers.filterSummary({ key: PUBLISHED, filters }, {});
      const { options, totalClaims, overview } = await plain.overview(PUBLISHED, filters);
      expect(summary).toEqual({ options, totalClaims, claimCount: overview.claimCount });
    }
    expect((await plain.handlers.filterSummary({ key: PUBLISHED, filters: { ...NO_FILTERS, outlets } }, {})).claimCount).toBe(
      shipped.claims.filter((c) => outlets.includes(c.outletId)).length,
    );
    const made = firstView(shipped);
    const { service: early, release } = heldBack((given) => given.onView?.(made));
    // Answered while the records are held back.
    const summary = await early.handlers.filterSummary({ key: PUBLISHED, filters: NO_FILTERS }, {});
    expect(summary.options).toBe(made.options);
    expect(summary).toEqual({ options: made.options, totalClaims: made.totalClaims, claimCount: made.overview.claimCount });
    release();
  });

  it('answers the first, unfiltered overview with the view the build made from the sealed records before they are parsed, then filters as before', async () => {
    const made = firstView(shipped);
    const plain = createDatasetService(() => Promise.resolve(shipped));
    // The build's view is what the service would make itself.
    expect(made).toEqual(await plain.overview(PUBLISHED, NO_FILTERS));
    // The records come only when the test says so: the view is given first, as their bytes matched the record.
    const {
      service: { handlers },
      release,
    } = heldBack((given) => given.onView?.(made));
    const first = await handlers.overview({ key: PUBLISHED, filters: NO_FILTERS }, {});
    release();
    // The very view the build made: nothing was ranked to answer.
    expect(first.overview.groups).toBe(made.overview.groups);
    whole(first.overview.cards).forEach((card, i) => expect(card).toBe(made.overview.cards[i]));
    expect(first.options).toBe(made.options);
    // A filter change, and the next cards, answer as they do without it.
    const filters: ClaimFilters = { ...NO_FILTERS, kinds: ['monitoring group'] };
    expect(wholeOverview(await handlers.overview({ key: PUBLISHED, filters }, {}))).toEqual(await plain.overview(PUBLISHED, filters));
    const ids = made.overview.groups.filter((g) => g.contested).map((g) => g.id);
    expect(whole(await handlers.cards({ key: PUBLISHED, filters: NO_FILTERS, ids }, {}))).toEqual(
      await plain.cards(PUBLISHED, NO_FILTERS, ids),
    );
  });

  it('answers an unfiltered comparison, and a claim, from its part of the claims before the records are parsed, as the records would', async () => {
    const plain = createDatasetService(() => Promise.resolve(shipped));
    const parts = splitClaims(shipped.claims, shipped.measures, 3);
    const reads: number[] = [];
    const { service: early, release } = heldBack((given) => given.onParts?.(partsOf(parts, (part) => reads.push(part))));
    const { overview } = await plain.overview(PUBLISHED, NO_FILTERS);
    // Every group by its id (background groups among them), one by a measure of it, and background figures of a measure
    // that has none.
    const first = overview.groups[0]?.id ?? '';
    const ids = [...overview.groups.map((g) => g.id), shipped.measures[0]?.id ?? '', `${first}#context`];
    expect(overview.groups.some((g) => g.context)).toBe(true);
    for (const id of ids) {
      expect(await early.group(PUBLISHED, NO_FILTERS, id), id).toEqual(await plain.group(PUBLISHED, NO_FILTERS, id));
    }
    for (const { id } of shipped.claims) expect(await early.claim(PUBLISHED, id), id).toEqual(await plain.claim(PUBLISHED, id));
    // Nothing waited for the records: they are still held back.
    expect(reads.length).toBeGreaterThan(0);
    // A measure, or a claim, the records do not have waits for them.
    const unknown = [early.group(PUBLISHED, NO_FILTERS, 'no-such-measure'), early.claim(PUBLISHED, 'no-such-claim')] as const;
    release();
    expect(await unknown[0]).toEqual(await plain.group(PUBLISHED, NO_FILTERS, 'no-such-measure'));
    expect(await unknown[1]).toEqual(await plain.claim(PUBLISHED, 'no-such-claim'));
    // A filtered comparison is made from the records.
    const filters = { ...NO_FILTERS, kinds: ['monitoring group'] };
    const asked = reads.length;
    expect(await early.group(PUBLISHED, filters, first)).toEqual(await plain.group(PUBLISHED, filters, first));
    expect(reads).toHaveLength(asked);
  });

  it('answers the first questions of the timeline, sources and matrix with the build’s answers before the records are parsed, as the records would', async () => {
    const events = loadShippedEvents();
    const built = (await answersAtBuild(shipped, events)).map((a) => a.built);
    const plain = createDatasetService(() => Promise.resolve(shipped));
    const { service: early, release } = heldBack((given) =>
      given.onParts?.(partsOf(splitClaims(shipped.claims, shipped.measures, 2), undefined, built)),
    );
    for (const question of firstQuestions(events)) {
      // Given while the records are still held back: nothing else could answer.
      expect(await askQuestion(early.handlers, question), question.name).toEqual(await askQuestion(plain.handlers, question));
    }
    // A question the build did not answer (another page of sources, a filter) waits for the records.
    let answered = false;
    const more = early.handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: 2 * SOURCE_PAGE_SIZE }, {}).then((reply) => {
      answered = true;
      return reply;
    });
    const filtered = early.handlers.timeline({ key: PUBLISHED, filters: { ...NO_FILTERS, kinds: ['monitoring group'] }, events }, {});
    // A task's turn: every answer that could come without the records has come.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toBe(false);
    release();
    expect(await more).toEqual(await plain.handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: 2 * SOURCE_PAGE_SIZE }, {}));
    expect(await filtered).toEqual(
      await plain.handlers.timeline({ key: PUBLISHED, filters: { ...NO_FILTERS, kinds: ['monitoring group'] }, events }, {}),
    );
  });

  it('answers from the records when a part did not arrive as sealed', async () => {
    const plain = createDatasetService(() => Promise.resolve(shipped));
    const early = createDatasetService((_report, _signal, given) => {
      given?.onParts?.({ ...partsOf(splitClaims(shipped.claims, shipped.measures, 2)), read: () => Promise.resolve(null) });
      return Promise.resolve(shipped);
    });
    const id = (await plain.overview(PUBLISHED, NO_FILTERS)).overview.groups[0]?.id ?? '';
    expect(await early.group(PUBLISHED, NO_FILTERS, id)).toEqual(await plain.group(PUBLISHED, NO_FILTERS, id));
    const claimId = shipped.claims[0]?.id ?? '';
    expect(await early.claim(PUBLISHED, claimId)).toEqual(await plain.claim(PUBLISHED, claimId));
  });

  it('answers a filter it has seen from memory, with the filtered count', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const outlet = shipped.claims[0]?.outletId ?? '';
    const filters = { ...NO_FILTERS, outlets: [outlet] };
    const once = await service.overview(PUBLISHED, filters);
    const again = await service.overview(PUBLISHED, filters);
    // Nothing is ranked or worded again: the same headers and the same cards.
    expect(again.overview.groups).toBe(once.overview.groups);
    again.overview.cards.forEach((card, i) => expect(card).toBe(once.overview.cards[i]));
    expect(once.overview.claimCount).toBe(shipped.claims.filter((c) => c.outletId === outlet).length);
    expect(once.overview.claimCount).toBeLessThan(once.totalClaims);
  });

  it('posts in full only the cards the page does not hold: a filter that leaves a group’s claims alone leaves its card', async () => {
    const { handlers } = createDatasetService(() => Promise.resolve(shipped));
    const contested = (await handlers.overview({ key: PUBLISHED, filters: NO_FILTERS }, {})).overview.groups.filter((g) => g.contested);
    const measuresOf = async (ids: string[]) => {
      const slices = await Promise.all(ids.map((groupId) => handlers.group({ key: PUBLISHED, filters: NO_FILTERS, groupId }, {})));
      return slices.flatMap((slice) => slice.group?.measureIds ?? []);
    };
    const [a, b, c] = contested.map((g) => g.id);
    if (!a || !b || !c) throw new Error('the shipped dataset has three contested groups');
    const three = { ...NO_FILTERS, measures: await measuresOf([a, b, c]) };
    const two = { ...NO_FILTERS, measures: await measuresOf([a, b]) };

    const first = await handlers.overview({ key: PUBLISHED, filters: three }, {});
    expect(first.overview.cards.map((p) => p.card?.id).sort()).toEqual([a, b, c].sort());
    const held = first.overview.cards.map((p) => p.stamp);
    // Dropping one group's measures leaves the other two groups' claims as they were: their cards go by stamp alone.
    const next = await handlers.overview({ key: PUBLISHED, filters: two, held }, {});
    expect(next.overview.cards).toHaveLength(2);
    for (const posted of next.overview.cards) {
      expect(posted.card).toBeNull();
      expect(held).toContain(posted.stamp);
    }
    // What the page puts back is what the service would post in full.
    const byStamp = new Map(first.overview.cards.map((p) => [p.stamp, p.card]));
    const plain = createDatasetService(() => Promise.resolve(shipped));
    expect(next.overview.cards.map((p) => byStamp.get(p.stamp))).toEqual((await plain.overview(PUBLISHED, two)).overview.cards);
    // A page that holds nothing gets every card in full.
    expect(whole((await handlers.overview({ key: PUBLISHED, filters: two }, {})).overview.cards)).toHaveLength(2);
  });

  it('gives one group, analysed in full, exactly as the whole analysis has it, with the records it refers to', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 3);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const whole = analyseDataset(filterDataset(shipped, filters));
      for (const expected of whole.groups) {
        for (const name of [expected.id, ...expected.measureIds]) {
          const slice = await service.group(PUBLISHED, filters, name);
          // Named by one of its measures, a view gets the first group (in ranked order) that has it, as before.
          expect(slice.group).toEqual(whole.groups.find((g) => g.id === name || g.measureIds.includes(name)));
          if (name !== expected.id) continue;
          expect(slice.dataset.claims.map((c) => c.id).sort()).toEqual(expected.entries.map((e) => e.claimId).sort());
          expect(new Set(slice.dataset.articles.map((a) => a.id))).toEqual(new Set(slice.dataset.claims.map((c) => c.articleId)));
          expect(slice.dataset.sources).toBe(shipped.sources);
        }
      }
    }
    const none = await service.group(PUBLISHED, NO_FILTERS, 'no-such-measure');
    expect(none.group).toBeNull();
  });

  it('gives one claim with the credibility and back link the whole analysis gives it, and its records', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const whole = analyseDataset(shipped);
    for (const claim of shipped.claims) {
      const slice = await service.claim(PUBLISHED, claim.id);
      expect(slice.claim).toBe(claim);
      expect(slice.credibility).toEqual(credibilityOf(whole.credibility, claim.id) ?? null);
      const back = whole.groups.find((g) => g.measureIds.includes(claim.measureId));
      const compared = back?.entries.some((e) => e.claimId === claim.id) ?? false;
      const verdict = back && compared ? verdictOf(back, indexDataset(shipped)) : null;
      expect(slice.group).toEqual(
        back ? { id: back.id, label: back.label, headline: verdict?.headline ?? null, status: verdict?.status ?? null } : null,
      );
      expect(slice.dataset.articles.map((a) => a.id)).toEqual([claim.articleId]);
    }
    // Ids from the address bar are looked up as keys only: Object's built-ins are no claim.
    for (const id of ['no-such-claim', 'constructor', '__proto__']) {
      const none = await service.claim(PUBLISHED, id);
      expect(none.claim).toBeNull();
    }
  });

  it('gives one article’s desk from a workspace: its claims with the revisions read with them, and no other claim', async () => {
    const article = shipped.articles.find((a) => shipped.claims.some((c) => c.articleId === a.id));
    if (!article) throw new Error('no article with claims in the shipped dataset');
    const claims = new Map(shipped.claims.map((c, i) => [c.id, i + 1]));
    const revisions = { articles: new Map(), sources: new Map(), measures: new Map(), claims };
    const service = createDatasetService(
      () => Promise.reject(new Error('no network in this test')),
      () => Promise.resolve({ key: 'ws:w1@4', dataset: shipped, problems: [], revisions }),
    );
    const desk = await service.handlers.articleDesk({ key: 'ws:w1@4', articleId: article.id }, {});
    const own = shipped.claims.filter((c) => c.articleId === article.id);
    expect(desk).toEqual({ ...articleDesk(shipped, article.id), claimRevisions: new Map(own.map((c) => [c.id, claims.get(c.id)])) });
    expect(desk.records.claims.length).toBeLessThan(shipped.claims.length);
    // The published dataset has no revisions: its desk has none to send.
    const published = createDatasetService(() => Promise.resolve(shipped));
    expect((await published.handlers.articleDesk({ key: PUBLISHED, articleId: article.id }, {})).claimRevisions).toEqual(new Map());
  });

  it('gives the editors every record but the claims, with revisions, and the claims on a measure or the uses of a source when asked', async () => {
    const revisions = {
      articles: new Map([['a-1', 2]]),
      sources: new Map([['s-1', 3]]),
      measures: new Map([['m-1', 4]]),
      claims: new Map([['c-1', 5]]),
    };
    const service = createDatasetService(
      () => Promise.reject(new Error('no network in this test')),
      () => Promise.resolve({ key: 'ws:w1@2', dataset: shipped, problems: [], revisions }),
    );
    const slice = await service.handlers.catalogue({ key: 'ws:w1@2' }, {});
    expect(slice).toEqual({
      ...catalogue(shipped),
      revisions: { articles: revisions.articles, sources: revisions.sources, measures: revisions.measures },
    });
    expect(slice.records.claims).toEqual([]);
    const measureId = shipped.claims[0]?.measureId ?? '';
    const onMeasure = await service.handlers.measureClaims({ key: 'ws:w1@2', measureId }, {});
    expect(onMeasure).toEqual(shipped.claims.filter((c) => c.measureId === measureId));
    expect(onMeasure.length).toBeGreaterThan(0);
    const sourceId = shipped.claims[0]?.claimantId ?? '';
    const uses = await service.handlers.sourceUses({ key: 'ws:w1@2', sourceId }, {});
    expect(uses).toEqual(sourceUses(shipped, [], sourceId));
    expect(uses.claimsAsClaimant.length).toBeGreaterThan(0);
  });

  it('lists the articles newest first, and counts each one’s claims apart, without sending the claims', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const { articles } = await service.handlers.articleList({ key: PUBLISHED }, {});
    expect(articles.map((a) => a.id).sort()).toEqual(shipped.articles.map((a) => a.id).sort());
    const dates = articles.map((a) => articleDate(a).date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(Object.keys(await service.handlers.articleList({ key: PUBLISHED }, {}))).toEqual(['articles']);
    const counts = await service.handlers.articleClaimCounts({ key: PUBLISHED }, {});
    for (const article of shipped.articles) {
      expect(counts.get(article.id) ?? 0).toBe(shipped.claims.filter((c) => c.articleId === article.id).length);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(shipped.claims.length);
  });

  it('lists a workspace’s articles before its claims are read, and from its records once they are held', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((ok) => (release = ok));
    const reads: string[] = [];
    const handlers = createHandlers(
      createStore({
        fetchPublished: () => Promise.reject(new Error('no network in this test')),
        readWorkspace: async (id) => {
          reads.push(`records of ${id}`);
          await released;
          return { key: 'ws:w1@2', dataset: shipped, problems: [{ table: 'claims', id: 'c-x', message: 'unreadable' }] };
        },
        readWorkspaceArticles: (id) => {
          reads.push(`articles of ${id}`);
          return Promise.resolve(shipped.articles.slice(0, 2));
        },
      }),
    );
    const counts = handlers.articleClaimCounts({ key: 'ws:w1@2' }, {});
    const problems = handlers.problems({ key: 'ws:w1@2' }, {});
    // The records are still being read: the list does not wait for them.
    const { articles } = await handlers.articleList({ key: 'ws:w1@2' }, {});
    expect(articles.map((a) => a.id).sort()).toEqual(
      shipped.articles
        .slice(0, 2)
        .map((a) => a.id)
        .sort(),
    );
    expect(reads).toEqual(['records of w1', 'articles of w1']);
    release();
    expect([...(await counts).values()].reduce((a, b) => a + b, 0)).toBe(shipped.claims.length);
    expect(await problems).toEqual([{ table: 'claims', id: 'c-x', message: 'unreadable' }]);
    // Held now: the list comes from the records read, with no read of its own.
    expect((await handlers.articleList({ key: 'ws:w1@2' }, {})).articles).toHaveLength(shipped.articles.length);
    expect(reads).toHaveLength(2);
  });

  it('gives the matrix as its cells print, with no records, and makes its CSV from the same groups in the same order', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const args = { key: PUBLISHED, filters: NO_FILTERS, sort: 'measure' as const, q: 'palmyra' };
    const slice = await service.handlers.matrix(args, {});
    expect(Object.keys(slice)).toEqual(['asked', 'frame', 'rows', 'firstScreen']);
    expect(slice.firstScreen).toBeNull();
    expect(slice.asked).toEqual({ filters: NO_FILTERS, sort: 'measure', q: 'palmyra' });
    const whole = analyseDataset(shipped);
    const shown = matrixGroups(whole.groups, 'measure', 'palmyra');
    const index = indexDataset(shipped);
    // A matrix this small comes whole: every row with its cells, as buildMatrix makes it.
    const model = buildMatrix(whole.groups, index, 'measure', 'palmyra');
    expect(slice.rows).toEqual(model.rows);
    expect(slice.frame).toEqual({ groups: model.rows.map((r) => r.group), columns: model.columns, figureCount: model.figureCount });
    expect(slice.frame.groups.map((g) => g.id)).toEqual(shown.map((g) => g.id));
    expect(slice.frame.figureCount).toBe(shown.reduce((n, g) => n + g.entries.length, 0));
    // Each cell's figures are its source's entries, with the words of their claims.
    for (const [i, group] of shown.entries()) {
      const cells = slice.rows?.[i]?.cells;
      for (const entry of group.entries) {
        const figure = cells?.get(entry.voiceId)?.find((f) => f.claimId === entry.claimId);
        expect(figure?.asWritten).toBe(index.claims.get(entry.claimId)?.value.asWritten);
      }
    }
    const grades = { sources: new Map([[shipped.sources[0]?.id ?? '', { grade: 'B', reason: 'usually right' }]]), claims: new Map() };
    const csv = await service.handlers.matrixCsv({ ...args, grades }, {});
    expect(csv).toBe(toViewCsv(viewRows(shown), index, grades));
    // A header line, then one line per figure (quotes may hold line breaks, so count the claim ids instead).
    expect(shown.flatMap((g) => g.entries).every((e) => csv.includes(e.claimId))).toBe(true);
  });

  it('gives a large matrix without its cells, and any window of rows and columns as the whole matrix has them', async () => {
    const big = shippedManyTimes(4);
    const service = createDatasetService(() => Promise.resolve(big));
    const args = { key: PUBLISHED, filters: NO_FILTERS, sort: 'contested' as const, q: '' };
    const slice = await service.handlers.matrix(args, {});
    const model = buildMatrix(analyseDataset(big).groups, indexDataset(big), 'contested', '');
    expect(isWindowed(model.rows.length, model.columns.length)).toBe(true);
    expect(slice.rows).toBeNull();
    expect(slice.frame.groups).toEqual(model.rows.map((r) => r.group));
    expect(slice.frame.columns).toEqual(model.columns);
    const rows = { start: 20, end: 40 };
    const columns = { start: 3, end: 9 };
    const window = await service.handlers.matrixWindow({ ...args, rows, columns }, {});
    expect(window).toMatchObject({ rowStart: 20, columnStart: 3, columnEnd: 9 });
    const voices = model.columns.slice(3, 9).map((c) => c.id);
    const only = <T>(map: Map<string, T>) => new Map([...map].filter(([voice]) => voices.includes(voice)));
    expect(window.rows).toEqual(
      model.rows.slice(20, 40).map((r) => ({ group: r.group, cells: only(r.cells), statuses: only(r.statuses) })),
    );
    // Some of those cells hold figures: the window is not empty by construction.
    expect(window.rows.some((r) => r.cells.size > 0)).toBe(true);
    // A window past the last column stops at it.
    const last = await service.handlers.matrixWindow({ ...args, rows, columns: { start: 0, end: 10_000 } }, {});
    expect(last.columnEnd).toBe(model.columns.length);
    // The first screen's cells come with the matrix, as the window of the same rows and columns has them.
    const first = firstScreen(model.rows.length, model.columns.length);
    expect(first).toEqual({ rows: { start: 0, end: 40 }, columns: { start: 0, end: Math.min(36, model.columns.length) } });
    expect(slice.firstScreen).toEqual(await service.handlers.matrixWindow({ ...args, ...first }, {}));
  });

  it('makes any landing card on request, the same as the ranking makes it, whether or not it still holds that ranking', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const index = indexDataset(shipped);
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 3);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const subset = filterDataset(shipped, filters);
      const expected = toOverview(subset, analyseDataset(subset).groups, index, { cards: Infinity }).cards;
      const { overview } = await service.overview(PUBLISHED, filters);
      expect(overview.cards).toEqual(expected.slice(0, CARDS_PER_PAGE));
      // Asked in another order, with an id that has no card: those cards, in that order.
      const ids = [...expected.map((c) => c.id)].reverse();
      const single = overview.groups.find((g) => !g.contested)?.id ?? 'nothing';
      const asked = await service.cards(PUBLISHED, filters, [...ids, single]);
      expect(asked).toEqual([...expected].reverse());
    }
    // The worker now holds the filtered ranking; the unfiltered cards are made again from each group's own claims.
    const expected = toOverview(shipped, analyseDataset(shipped).groups, index, { cards: Infinity }).cards;
    expect(
      await service.cards(
        PUBLISHED,
        NO_FILTERS,
        expected.map((c) => c.id),
      ),
    ).toEqual(expected);
  });

  it('lists the sources’ counts without their claims or distances, and gives one source’s distances when asked', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 3);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const whole = analyseDataset(filterDataset(shipped, filters));
      const { cards, total } = await service.sources(PUBLISHED, filters);
      expect(total).toBe(cards.length);
      expect(cards.map((c) => c.source.id).sort()).toEqual(whole.profiles.map((p) => p.sourceId).sort());
      for (const { source, profile } of cards) {
        expect(source).toEqual(shipped.sources.find((s) => s.id === profile.sourceId));
        const full = whole.profiles.find((p) => p.sourceId === profile.sourceId);
        expect(Object.keys(profile)).not.toContain('claimIds');
        expect(profile.distanceCount).toBe(full?.distances.length);
        const distances = await service.handlers.sourceDistances({ key: PUBLISHED, filters, sourceId: profile.sourceId }, {});
        expect(distances).toEqual(full?.distances);
      }
    }
    expect(await service.handlers.sourceDistances({ key: PUBLISHED, filters: NO_FILTERS, sourceId: 'nobody' }, {})).toEqual([]);
  });

  it('sends the sources page a page of cards at a time, in the order of the whole list, with the total', async () => {
    const many = shippedManySources(4);
    const { handlers } = createDatasetService(() => Promise.resolve(many));
    const all = await handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: Infinity }, {});
    expect(all.total).toBe(all.cards.length);
    expect(all.total).toBeGreaterThan(2 * SOURCE_PAGE_SIZE);
    const made = analyseDataset(many).profiles;
    expect(all.cards.map((c) => c.source.id)).toEqual(profilesByFiguresMade(made, indexDataset(many).sources).map((p) => p.sourceId));
    const first = await handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: SOURCE_PAGE_SIZE }, {});
    expect(first.cards).toEqual(all.cards.slice(0, SOURCE_PAGE_SIZE));
    expect(first.total).toBe(all.total);
    // More is asked for in whole pages: one more card asked is the next page.
    const second = await handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: SOURCE_PAGE_SIZE + 1 }, {});
    expect(second.cards).toEqual(all.cards.slice(0, 2 * SOURCE_PAGE_SIZE));
    expect(second.distance).toEqual(first.distance);
  });

  it('names the distance chart’s marks from the claims, which the sources page does not hold, so each opens its claim', async () => {
    const { handlers } = createDatasetService(() => Promise.resolve(shipped));
    const { distance, marks } = await handlers.sources({ key: PUBLISHED, filters: NO_FILTERS, count: 1 }, {});
    const index = indexDataset(shipped);
    expect(distance.dots.length).toBeGreaterThan(0);
    expect(marks).toEqual(distanceMarks(distance, index));
    for (const dot of distance.dots) {
      const claim = index.claims.get(dot.claimId);
      expect(marks[dot.mark]?.claimId).toBe(dot.claimId);
      // The tip says who reported the figure and when, not only the source's name and the distance.
      expect(marks[dot.mark]?.lines.length).toBeGreaterThan(2);
      const outlet = `Reported by ${index.sources.get(claim?.outletId ?? '')?.name ?? 'nobody'}`;
      expect(marks[dot.mark]?.lines.some((line) => line.startsWith(outlet))).toBe(true);
    }
  });

  it('gives the timeline, its per-measure tab and its image’s words for the claims under the filters', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const index = indexDataset(shipped);
    const events = loadShippedEvents();
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 3);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const claims = filterDataset(shipped, filters).claims;
      const key = PUBLISHED;
      expect(await service.handlers.timeline({ key, filters, events }, {})).toEqual(timelineView(claims, index, events));
      const ordered = timelineTableOrder(claims, index.articles);
      for (const rows of [
        { start: 0, end: 100 },
        { start: 20, end: 40 },
      ])
        expect(await service.handlers.timelineRows({ key, filters, rows }, {})).toEqual(timelineRowsWindow(ordered, index, rows));
      expect(await service.handlers.measureTimeline({ key, filters, events, measureId: null }, {})).toEqual(
        measureTimelineView(claims, index, events, null),
      );
      const image = await service.handlers.timelineImage({ key, filters, events, permalink: 'https://example.org/timeline' }, {});
      expect(image).toEqual(
        timelineImageContent(timelineTableOrder(claims, index.articles), index, events.length, 'https://example.org/timeline'),
      );
    }
  });
});
