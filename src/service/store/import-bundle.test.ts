import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, toBundle } from '../../domain/bundle';
import { formatDatasetError } from '../../domain/validate-dataset';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { ExportRefusedError, exportWorkspaceBundle, importAsNewWorkspace, mergeIntoWorkspace, readBundleFile } from './import-bundle';
import { createDb, setDbForTesting } from './workspace-db';
import { createWorkspace, readWorkspace, readWorkspaceContent, setClaimGrade, setSourceGrade, type WorkspaceContent } from './workspaces';

const published = (): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])) };
};

beforeEach(async () => {
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

const fileOf = (body: string | Uint8Array<ArrayBuffer>, name = 'bundle.json') => new File([body], name, { type: 'application/json' });

describe('an export never writes a file its own import refuses', () => {
  it('refuses, naming the record, to export a text stored before the text rules (a NUL character)', async () => {
    const content = published();
    const file = content.dataset.articles[0]!.file;
    content.texts.set(file, `${content.texts.get(file)!}\u0000`);
    const ws = await createWorkspace('Old', 'import', content);
    const error = await exportWorkspaceBundle(ws.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportRefusedError);
    expect((error as Error).message).toMatch(
      new RegExp(`^This workspace cannot be exported as it stands: an import would refuse the file \\(1 problem: ${file} › article`),
    );
    expect((error as Error).message).toMatch(/NUL character.*Fix or delete those records, then export again\.$/);
  });

  it('exports only what imports back: stored texts and quotes with random edits either export and import whole, or are refused', async () => {
    const hostile = fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\r\n', '\u2028', '\ud800', 'é', '"', '\\', '<b>');
    const edit = fc.record({
      at: fc.nat(),
      atEnd: fc.boolean(),
      insert: fc.array(hostile, { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
      quote: fc.boolean(),
    });
    let exported = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(edit, async ({ at, atEnd, insert, quote }) => {
        const content = published();
        const article = content.dataset.articles[at % content.dataset.articles.length]!;
        const text = content.texts.get(article.file)!;
        // At the end no span moves, so some edits leave a valid workspace.
        const where = atEnd ? text.length : at % (text.length + 1);
        content.texts.set(article.file, text.slice(0, where) + insert + text.slice(where));
        if (quote) {
          const claim = content.dataset.claims.find((c) => c.articleId === article.id);
          if (claim) claim.quote = `${claim.quote}${insert}`;
        }
        const ws = await createWorkspace('Edited', 'import', content);
        try {
          const bundle = await exportWorkspaceBundle(ws.id);
          const back = await readBundleFile(fileOf(JSON.stringify(bundle)));
          expect(back.ok ? [] : back.errors.map(formatDatasetError)).toEqual([]);
          exported++;
        } catch (e) {
          expect(e).toBeInstanceOf(ExportRefusedError);
          refused++;
        }
      }),
      { numRuns: 40 },
    );
    expect(exported).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});

describe('exporting a workspace', () => {
  it('carries the grades, and imports back into an equal workspace', async () => {
    const ws = await createWorkspace('A', 'published', published());
    await setSourceGrade(ws.id, 'sohr', { grade: 'B', reason: 'method published' });
    await setClaimGrade(ws.id, 'c-02', { grade: 4, reason: 'no one else' });
    const bundle = await exportWorkspaceBundle(ws.id);
    expect(bundle.grades.sources).toEqual([{ sourceId: 'sohr', grade: 'B', reason: 'method published' }]);
    const read = await readBundleFile(fileOf(JSON.stringify(bundle)));
    if (!read.ok) throw new Error(read.errors.map(formatDatasetError).join('\n'));
    const copy = await importAsNewWorkspace('Imported', read.content);
    expect(copy.origin).toBe('import');
    expect(canonicalJson(await exportWorkspaceBundle(copy.id))).toBe(canonicalJson(bundle));
  });
});

describe('reading a bundle file', () => {
  it('refuses a file over the size limit before reading it', async () => {
    const file = fileOf('x'.repeat(2048));
    file.arrayBuffer = () => Promise.reject(new Error('must not be read'));
    const result = await readBundleFile(file, 1024);
    expect(!result.ok && formatDatasetError(result.errors[0]!)).toMatch(/^bundle\.json: the file is 0\.0 MB, over the 0\.0 MB limit/);
  });

  it('refuses a binary file, naming it', async () => {
    const result = await readBundleFile(fileOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), 'photo.png'));
    expect(!result.ok && formatDatasetError(result.errors[0]!)).toMatch(/^photo\.png: this is a binary file/);
  });

  it('refuses non-JSON text, naming the file', async () => {
    const result = await readBundleFile(fileOf('articles,sources\n1,2', 'claims.csv'));
    expect(!result.ok && formatDatasetError(result.errors[0]!)).toMatch(/^claims\.csv: not valid JSON/);
  });
});

describe('merging a bundle', () => {
  it('adds and replaces records by id in the current workspace', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const incoming = await readWorkspaceContent(ws.id);
    incoming.dataset.claims = incoming.dataset.claims.filter((c) => c.id === 'c-02').map((c) => ({ ...c, notes: 'merged' }));
    incoming.dataset.claims.push({ ...incoming.dataset.claims[0]!, id: 'c-merged' });
    const result = await mergeIntoWorkspace(ws.id, incoming);
    expect(result.ok).toBe(true);
    const after = await readWorkspace(ws.id);
    expect(after.content.dataset.claims).toHaveLength(loadShippedDataset().claims.length + 1);
    expect(after.content.dataset.claims.find((c) => c.id === 'c-02')?.notes).toBe('merged');
  });

  it('leaves the workspace untouched when the merge would not hold together', async () => {
    const ws = await createWorkspace('A', 'published', published());
    const before = await exportWorkspaceBundle(ws.id);
    const incoming = await readWorkspaceContent(ws.id);
    incoming.dataset.claims = [{ ...incoming.dataset.claims[0]!, id: 'c-orphan', measureId: 'no-such-measure' }];
    const result = await mergeIntoWorkspace(ws.id, incoming);
    expect(!result.ok && result.errors.map(formatDatasetError)).toEqual([
      expect.stringMatching(/claim c-orphan › measureId: unknown measure/),
    ]);
    expect(JSON.stringify(await exportWorkspaceBundle(ws.id))).toBe(JSON.stringify(before));
    expect((await readWorkspace(ws.id)).workspace.revision).toBe(1);
  });
});

it('bundles are independent of the records the workspace stored first', async () => {
  const ws = await createWorkspace('A', 'published', published());
  const direct = toBundle({ ...published(), grades: { sources: [], claims: [] } });
  expect(JSON.stringify(await exportWorkspaceBundle(ws.id))).toBe(JSON.stringify(direct));
});

describe('an export after a graded claim was deleted', () => {
  it('can be imported again, and undo still restores the grade', async () => {
    const { deleteClaim, putRecords, readWorkspaceSummary } = await import('./workspaces');
    const { parseBundle } = await import('../../domain/bundle');
    const ws = await createWorkspace('A', 'published', published());
    await setClaimGrade(ws.id, 'c-02', { grade: 4, reason: 'contradicted by the ministry' });
    const deleted = await deleteClaim(ws.id, 'c-02');
    const text = canonicalJson(await exportWorkspaceBundle(ws.id));
    const parsed = parseBundle(text, 'export.json');
    expect(parsed.ok ? parsed.content.dataset.claims.length : parsed.errors.map(formatDatasetError)).toBe(
      loadShippedDataset().claims.length - 1,
    );
    await putRecords(ws.id, { claims: deleted ? [deleted] : [] });
    expect((await readWorkspaceSummary(ws.id)).claimGrades.get('c-02')?.grade).toBe(4);
  });
});
