import { indexDataset } from '../domain/lookups';
import { verdictOf } from '../domain/view-models/verdict';
import { describe, expect, it, vi } from 'vitest';
import { analyseDataset } from '../domain/analyse';
import { credibilityOf } from '../domain/credibility';
import { filterDataset, NO_FILTERS } from '../domain/filter';
import type { Dataset } from '../domain/schema';
import { loadShippedDataset } from '../testing/real-dataset';
import { PUBLISHED } from './keys';
import type { loadPublishedDataset } from './store/published';
import { createDatasetService, MISSING } from './dataset-store';

const shipped = loadShippedDataset();

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
    const full = service.full(PUBLISHED, { onProgress: (p) => seen.push(`full: ${p.message}`) });
    await Promise.resolve();
    state.finish(shipped);
    const [slice, loaded] = await Promise.all([overview, full]);
    expect(state.downloads).toBe(1);
    expect(seen).toContain('overview: Downloading the dataset…');
    expect(seen).toContain('full: Downloading the dataset…');
    expect(seen).toContain(`full: Comparing ${shipped.claims.length.toLocaleString('en-GB')} figures…`);
    if (slice === MISSING || loaded === MISSING) throw new Error('missing');
    expect(slice.totalClaims).toBe(shipped.claims.length);
    expect(slice.overview.groups.map((g) => g.id)).toEqual(loaded.analysis.groups.map((g) => g.id));
  });

  it('keeps downloading while a view waits, aborts on a retry so it starts afresh, and stops a download nobody waits for', async () => {
    vi.useFakeTimers();
    try {
      const { state, fetchPublished } = controllableFetch();
      const service = createDatasetService(fetchPublished);
      const first = new AbortController();
      const second = new AbortController();
      const a = service.overview(PUBLISHED, NO_FILTERS, { signal: first.signal });
      const b = service.full(PUBLISHED, { signal: second.signal });
      first.abort();
      await expect(a).rejects.toThrow(/abort/i);
      second.abort();
      await expect(b).rejects.toThrow(/abort/i);
      // One view replacing another: the new one joins the same download before it is given up.
      await vi.advanceTimersByTimeAsync(100);
      const replacement = new AbortController();
      const c = service.full(PUBLISHED, { signal: replacement.signal });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(state.aborted).toBe(0);
      expect(state.downloads).toBe(1);
      // A retry aborts the (hung) download at once, and the next request downloads again.
      service.restart(PUBLISHED);
      expect(state.aborted).toBe(1);
      await expect(c).rejects.toThrow(/abort/i);
      const retry = service.full(PUBLISHED);
      expect(state.downloads).toBe(2);
      state.finish(shipped);
      const loaded = await retry;
      expect(loaded !== MISSING && loaded.dataset.claims.length).toBe(shipped.claims.length);

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
    const service = createDatasetService(() => {
      downloads++;
      return Promise.resolve(shipped);
    });
    await service.full(PUBLISHED);
    const small: Dataset = { ...shipped, claims: shipped.claims.slice(0, 5) };
    for (let revision = 1; revision <= 6; revision++) await service.overview(`ws-1@${revision}`, NO_FILTERS, {}, small);
    expect(await service.overview('ws-1@1', NO_FILTERS)).toBe(MISSING);
    expect(await service.overview('ws-1@6', NO_FILTERS)).not.toBe(MISSING);
    await service.overview(PUBLISHED, NO_FILTERS);
    expect(downloads).toBe(1);
  });

  it('asks for a workspace’s records when it does not hold them, then answers from them', async () => {
    const service = createDatasetService(() => Promise.reject(new Error('no network in this test')));
    expect(await service.overview('ws-1@3', NO_FILTERS)).toBe(MISSING);
    const small: Dataset = { ...shipped, claims: shipped.claims.slice(0, 10) };
    const slice = await service.overview('ws-1@3', NO_FILTERS, {}, small);
    expect(slice !== MISSING && slice.overview.claimCount).toBe(10);
    const analysis = await service.analyse('ws-1@3', NO_FILTERS);
    expect(analysis !== MISSING && analysis.groups.flatMap((g) => g.entries).length).toBe(10);
  });

  it('answers a filter it has seen from memory, with the filtered count', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const outlet = shipped.claims[0]?.outletId ?? '';
    const filters = { ...NO_FILTERS, outlets: [outlet] };
    const once = await service.overview(PUBLISHED, filters);
    const again = await service.overview(PUBLISHED, filters);
    if (once === MISSING || again === MISSING) throw new Error('missing');
    expect(again.overview).toBe(once.overview);
    expect(once.overview.claimCount).toBe(shipped.claims.filter((c) => c.outletId === outlet).length);
    expect(once.overview.claimCount).toBeLessThan(once.totalClaims);
  });

  it('gives one group, analysed in full, exactly as the whole analysis has it, with the records it refers to', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const outlets = [...new Set(shipped.claims.map((c) => c.outletId))].slice(0, 3);
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, outlets }]) {
      const whole = analyseDataset(filterDataset(shipped, filters));
      for (const expected of whole.groups) {
        for (const name of [expected.id, ...expected.measureIds]) {
          const slice = await service.group(PUBLISHED, filters, name);
          if (slice === MISSING) throw new Error('missing');
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
    expect(none !== MISSING && none.group).toBeNull();
  });

  it('gives one claim with the credibility and back link the whole analysis gives it, and its records', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const whole = analyseDataset(shipped);
    for (const claim of shipped.claims) {
      const slice = await service.claim(PUBLISHED, claim.id);
      if (slice === MISSING) throw new Error('missing');
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
      expect(none !== MISSING && none.claim).toBeNull();
    }
  });

  it('gives the records alone, the same ones the full answer has, without analysing them', async () => {
    const service = createDatasetService(() => Promise.resolve(shipped));
    const records = await service.records(PUBLISHED);
    expect(records).toBe(shipped);
    expect(await service.records('ws-9@1')).toBe(MISSING);
  });
});
