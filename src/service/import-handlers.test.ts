// @vitest-environment node
// Bundle imports through a real message boundary (structured clone), as between the page and the worker: the file goes
// in, only counts, progress and errors come back, and a Stop before saving leaves storage as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { toBundle, type BundleContent } from '../domain/bundle';
import { over } from '../testing/message-channel';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { freshMemoryDb } from '../testing/memory-db';
import { createImportHandlers } from './import-handlers';
import type { LoadProgress } from './progress';
import { bundleToGzipBlob, mergeIntoWorkspace } from './store/import-bundle';
import { createJobs } from './jobs';
import { proposeMapping } from '../domain/claims-csv/mapping';
import { claimsAsContent, previewCsvImport } from '../domain/claims-csv/preview';
import { readCsvTable } from '../domain/claims-csv/read-table';
import { createWorkspace, listWorkspaces, readWorkspaceContent } from './store/workspaces';

const shipped = loadShippedDataset();

beforeEach(async () => {
  await freshMemoryDb();
});

/** Two shipped claims with their articles and texts, as an exported bundle file would hold them. */
function smallContent(): BundleContent {
  const claims = shipped.claims.slice(0, 2);
  const articleIds = new Set(claims.map((c) => c.articleId));
  const articles = shipped.articles.filter((a) => articleIds.has(a.id));
  return {
    dataset: { articles, sources: shipped.sources, measures: shipped.measures, claims },
    texts: new Map(articles.map((a) => [a.file, readArticleText(a.file)])),
    grades: { sources: [], claims: [{ claimId: claims[0]!.id, grade: 2, reason: 'seen by two reporters' }] },
  };
}

async function gzipFile(content: BundleContent): Promise<Blob> {
  return bundleToGzipBlob(toBundle(content));
}

describe('bundle imports in the data service', () => {
  it('checks a compressed bundle, says what it is doing, and answers with counts only; then saves it as a workspace', async () => {
    const { ask } = over(createImportHandlers(createJobs()));
    const content = smallContent();
    const seen: LoadProgress[] = [];
    const checked = await ask(
      'checkBundle',
      { file: await gzipFile(content), fileName: 'two.corroborate.json.gz', workspaceId: null },
      { onProgress: (p) => seen.push(p) },
    );
    if (!checked.ok) throw new Error(checked.errors.map((e) => e.message).join('; '));
    expect(seen.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Reading “two\.corroborate\.json\.gz” \(\d+ KB\)…$/),
      'Checking the records of “two.corroborate.json.gz”…',
      `Comparing ${content.dataset.articles.length} article${content.dataset.articles.length === 1 ? '' : 's'} and 2 claims with the open workspace…`,
    ]);
    expect(checked.preview.claims).toEqual({ added: 2, changed: 0, unchanged: 0 });
    expect(checked.preview.claimGrades).toEqual({ added: 1, changed: 0, unchanged: 0 });
    expect(Object.keys(checked)).toEqual(['ok', 'token', 'preview']);

    const saved = await ask('importChecked', { token: checked.token, name: 'Two claims', fileName: 'two.corroborate.json.gz' });
    if (!saved.ok) throw new Error('not saved');
    expect(saved.workspace.name).toBe('Two claims');
    const stored = await readWorkspaceContent(saved.workspace.id);
    expect(stored.dataset.claims.map((c) => c.id)).toEqual(content.dataset.claims.map((c) => c.id));
    expect(stored.grades.claims).toEqual(content.grades.claims);
    // The checked bundle is let go once saved.
    const again = await ask('importChecked', { token: checked.token, name: 'Again', fileName: 'two.corroborate.json.gz' }).catch(
      (e: unknown) => e,
    );
    expect(again).toEqual(new Error('The checked file is no longer held: pick it again.'));
  });

  it('refuses a million empty claims with the first 100 problems and a count, as values across the boundary', async () => {
    const { ask } = over(createImportHandlers(createJobs()));
    const claims = `[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]`;
    const json = `{"format":"corroborate-dataset","version":1,"articles":[],"sources":[],"measures":[],"claims":${claims}}`;
    const checked = await ask('checkBundle', { file: new Blob([json]), fileName: 'empty.json', workspaceId: null });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.reason).toBe('refused');
    expect(checked.errors.length).toBeGreaterThan(0);
    expect(checked.errors.length).toBeLessThanOrEqual(100);
    expect(checked.errors[0]?.file).toBe('claims.json');
    // Checking stops at the cap: the rest are counted as unchecked, not listed.
    expect(checked.more?.unchecked).toBeGreaterThan(900_000);
    expect(checked.errors.every((e) => e.message.length < 400)).toBe(true);
  });

  it('compares with the open workspace and merges into it; a merge that would break it is refused and writes nothing', async () => {
    const { ask } = over(createImportHandlers(createJobs()));
    const content = smallContent();
    const base = await createWorkspace('Base', 'import', {
      dataset: { ...content.dataset, claims: [content.dataset.claims[0]!] },
      texts: content.texts,
    });
    const checked = await ask('checkBundle', { file: await gzipFile(content), fileName: 'two.json.gz', workspaceId: base.id });
    if (!checked.ok) throw new Error('refused');
    expect(checked.preview.claims).toEqual({ added: 1, changed: 0, unchanged: 1 });
    expect(await ask('mergeChecked', { token: checked.token, workspaceId: base.id, fileName: 'two.json.gz' })).toEqual({ ok: true });
    expect((await readWorkspaceContent(base.id)).dataset.claims).toHaveLength(2);

    // A claim on a measure that exists nowhere: the merged whole would not hold together.
    const orphan = { ...content.dataset.claims[1]!, id: 'orphan', measureId: 'no-such-measure' };
    const broken = await ask('mergeRecords', {
      workspaceId: base.id,
      content: {
        dataset: { articles: [], sources: [], measures: [], claims: [orphan] },
        texts: new Map(),
        grades: { sources: [], claims: [] },
      },
      fileName: 'rows.csv',
    });
    expect(broken).toMatchObject({ ok: false, reason: 'refused' });
    expect((await readWorkspaceContent(base.id)).dataset.claims).toHaveLength(2);
  });

  it('stops when the page cancels the check, and nothing is saved', async () => {
    const { ask } = over(createImportHandlers(createJobs()));
    const controller = new AbortController();
    const content = smallContent();
    const asked = ask(
      'checkBundle',
      { file: await gzipFile(content), fileName: 'two.json.gz', workspaceId: null },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
    expect(await listWorkspaces()).toEqual([]);
  });

  it('a Stop during the save is answered truthfully: stopped with nothing kept, or saved in full', async () => {
    const jobs = createJobs();
    const { ask } = over({ ...jobs.handlers, ...createImportHandlers(jobs) });
    const content = smallContent();
    const checked = await ask('checkBundle', { file: await gzipFile(content), fileName: 'two.json.gz', workspaceId: null });
    if (!checked.ok) throw new Error('refused');
    const answer = await ask(
      'importChecked',
      { token: checked.token, name: 'Stopped', fileName: 'two.json.gz', jobId: 'job-1' },
      { onProgress: () => void ask('stopJob', { jobId: 'job-1' }) },
    ).catch((e: unknown) => e);
    const stored = await listWorkspaces();
    if (answer instanceof Error) {
      expect(answer.name).toBe('AbortError');
      expect(stored).toEqual([]);
    } else {
      expect(answer).toMatchObject({ ok: true });
      expect(stored.map((w) => w.name)).toEqual(['Stopped']);
    }
  });
});

describe('stopping a save', () => {
  it('undoes a new workspace whole when the stop comes before the transaction ends', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createWorkspace('Never', 'import', { dataset: smallContent().dataset, texts: smallContent().texts }, controller.signal),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(await listWorkspaces()).toEqual([]);
  });
  it('undoes a merge whole, leaving the workspace as it was', async () => {
    const content = smallContent();
    const base = await createWorkspace('Base', 'import', {
      dataset: { ...content.dataset, claims: [content.dataset.claims[0]!] },
      texts: content.texts,
    });
    const controller = new AbortController();
    controller.abort();
    await expect(mergeIntoWorkspace(base.id, content, 'two.json', controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    const after = await readWorkspaceContent(base.id);
    expect(after.dataset.claims.map((c) => c.id)).toEqual([content.dataset.claims[0]!.id]);
    expect(after.grades.claims).toEqual([]);
  });
  it('reaches a job while it runs, and the job answers for itself', async () => {
    const jobs = createJobs();
    const seen = await jobs
      .run('job-2', {}, async (signal) => {
        await jobs.handlers.stopJob({ jobId: 'job-2' });
        signal.throwIfAborted();
        return 'finished';
      })
      .catch((e: unknown) => (e instanceof Error ? e.name : String(e)));
    expect(seen).toBe('AbortError');
    // A stop for a job that is not running does nothing.
    await expect(jobs.handlers.stopJob({ jobId: 'job-2' })).resolves.toBeNull();
  });

  it('previews a claims CSV against the workspace it reads itself, as the page’s own check would, and again after a change', async () => {
    const { ask } = over(createImportHandlers(createJobs()));
    const ws = await createWorkspace('Base', 'published', smallContent());
    const claim = smallContent().dataset.claims[0]!;
    const text = [
      'claim id;article;quote;claimant;measure;Figure;low;place',
      `x-1;${claim.articleId};${claim.quote};${claim.claimantId};${claim.measureId};${claim.value.asWritten};${claim.value.low ?? ''};${claim.place}`,
    ].join('\r\n');
    const read = readCsvTable(text, 'claims.csv');
    if (!read.ok) throw new Error('the test file does not read');
    const mapping = proposeMapping(read.table.headers).map((f, i) => (i === 5 ? ('asWritten' as const) : f));
    const preview = await ask('csvPreview', { workspaceId: ws.id, table: read.table, mapping });
    expect(preview).toEqual(previewCsvImport(read.table, mapping, await readWorkspaceContent(ws.id)));
    expect(preview.claims).toHaveLength(1);
    // The same row again, once the workspace holds a claim with its id: the preview reads the workspace anew.
    await mergeIntoWorkspace(ws.id, claimsAsContent(preview.claims ?? []), 'claims.csv');
    const again = await ask('csvPreview', { workspaceId: ws.id, table: read.table, mapping });
    expect(again).toEqual(previewCsvImport(read.table, mapping, await readWorkspaceContent(ws.id)));
    expect(again.replaced).toBe(1);
  });
});
