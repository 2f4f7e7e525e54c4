import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportWorkspaceBundle } from '../../service/store/import-bundle';
import { createDb, setDbForTesting } from '../../service/store/workspace-db';
import { createWorkspace, listWorkspaces, readWorkspace, type WorkspaceContent } from '../../service/store/workspaces';
import type { DatasetBundle } from '../../domain/bundle';
import { loadShippedDataset, readArticleText } from '../../testing/real-dataset';
import { renderWithProviders } from '../../testing/render';
import { fileFaults } from '../../testing/msw/handlers';
import { server } from '../../testing/msw/server';
import { WorkbenchPage } from './workbench-page';

const published = (): WorkspaceContent => {
  const dataset = loadShippedDataset();
  return { dataset, texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])) };
};

beforeEach(async () => {
  // A fresh in-memory IndexedDB per test.
  const db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
});

const card = (name: string) => screen.getByRole('listitem', { name: new RegExp(`^${name}`) });
const bundleFile = (bundle: unknown, name = 'bundle.json') => new File([JSON.stringify(bundle)], name, { type: 'application/json' });

describe('the workbench', () => {
  it('creates a workspace from the published dataset and opens it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    expect(await screen.findByText('No workspace yet')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Palmyra check');
    await user.click(screen.getByRole('button', { name: 'Copy the published dataset' }));
    expect(await screen.findByText(/Created “Palmyra check” from the published dataset/)).toBeInTheDocument();
    const [ws] = await listWorkspaces();
    expect(ws?.name).toBe('Palmyra check');
    expect(new URLSearchParams(window.location.search).get('ws')).toBe(ws?.id);
    expect((await readWorkspace(ws!.id)).content.dataset.claims).toHaveLength(loadShippedDataset().claims.length);
    expect(await within(card('Palmyra check')).findByText('open')).toBeInTheDocument();
  });

  it('lists the open workspace’s articles with each one’s number of claims', async () => {
    const ws = await createWorkspace('Mine', 'published', published());
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    const section = await screen.findByRole('region', { name: 'Articles in this workspace' });
    const { articles, claims } = loadShippedDataset();
    const [article] = articles;
    const count = claims.filter((c) => c.articleId === article?.id).length;
    const item = (await within(section).findByRole('link', { name: article?.title })).closest('li');
    await waitFor(() => expect(item).toHaveTextContent(new RegExp(` · ${count} ${count === 1 ? 'claim' : 'claims'}$`)));
  });

  it('says what a copy is doing, and Stop while it downloads makes no workspace', async () => {
    // One article text never arrives, so the copy waits in its download step.
    const article = loadShippedDataset().articles[0]!;
    server.use(...fileFaults.hang(article.file));
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    await user.click(await screen.findByRole('button', { name: 'Copy the published dataset' }));
    expect(await screen.findByText(/^Downloading [\d,]+ article texts…$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stopped copying the published dataset. No workspace was made.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Copy the published dataset' })).toBeEnabled();
    expect(await listWorkspaces()).toEqual([]);
  });

  it('names a workspace started empty as such, not as a copy of the published dataset', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    expect(await screen.findByText('No workspace yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start empty' }));
    expect(await screen.findByText('Created “Empty workspace”; it is now open.')).toBeInTheDocument();
    expect((await listWorkspaces()).map((w) => w.name)).toEqual(['Empty workspace']);
  });

  it('renames a workspace', async () => {
    await createWorkspace('First try', 'published', published());
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    await user.click(await screen.findByRole('button', { name: 'Rename First try' }));
    const input = within(card('First try')).getByLabelText('New name');
    await user.clear(input);
    await user.type(input, 'Second look');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { name: 'Second look' })).toBeInTheDocument();
    expect((await listWorkspaces()).map((w) => w.name)).toEqual(['Second look']);
  });

  it('deletes a workspace only after the confirm step', async () => {
    const ws = await createWorkspace('Doomed', 'empty', {
      dataset: { articles: [], sources: [], measures: [], claims: [] },
      texts: new Map(),
    });
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    await user.click(await screen.findByRole('button', { name: 'Delete Doomed' }));
    expect(screen.getByText(/Delete “Doomed” and everything in it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await listWorkspaces()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete Doomed' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('No workspace yet')).toBeInTheDocument();
    expect(await listWorkspaces()).toEqual([]);
    // The open workspace is gone, so the published dataset is shown again.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('ws')).toBeNull());
  });

  it('says what it is doing while a bundle is checked, and Stop puts it aside with nothing imported', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    // A file that is never read to the end: the check stays at its first step until the user stops it.
    const slow = Object.assign(new File(['{}'], 'slow.json', { type: 'application/json' }), {
      arrayBuffer: () => new Promise<ArrayBuffer>(() => undefined),
    });
    const input = await screen.findByLabelText('Bundle file (.json.gz or .json) or claims CSV (.csv)');
    await user.upload(input, slow);
    expect(await screen.findByText('Reading “slow.json” (1 KB)…')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stopped checking “slow.json”. Nothing was imported.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect((input as HTMLInputElement).value).toBe('');
    expect(await listWorkspaces()).toEqual([]);
  });

  it('previews an import against the open workspace, then imports it as a new one', async () => {
    const ws = await createWorkspace('Base', 'published', published());
    const bundle = await exportWorkspaceBundle(ws.id);
    const changed: DatasetBundle = {
      ...bundle,
      claims: [
        ...bundle.claims.map((c) => (c.id === 'c-02' ? { ...c, notes: 'checked against the satellite images' } : c)),
        { ...bundle.claims[0]!, id: 'c-new' },
      ],
      grades: { sources: [{ sourceId: 'sohr', grade: 'B', reason: 'method published' }], claims: [] },
    };
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    await user.upload(
      await screen.findByLabelText('Bundle file (.json.gz or .json) or claims CSV (.csv)'),
      bundleFile(changed, 'palmyra-v2.json'),
    );
    const table = await screen.findByRole('table', { name: /compared with “Base”/ });
    const row = (label: string) =>
      Array.from(within(table).getByRole('rowheader', { name: label }).closest('tr')!.querySelectorAll('td'), (td) => td.textContent);
    expect(row('Claims')).toEqual(['1', '1', String(bundle.claims.length - 1)]);
    expect(row('Articles')).toEqual(['0', '0', String(bundle.articles.length)]);
    expect(row('Source grades')).toEqual(['1', '0', '0']);
    expect(screen.getByRole('button', { name: 'Merge into “Base”' })).toBeInTheDocument();

    expect(screen.getByLabelText('Name of the new workspace')).toHaveValue('palmyra-v2');
    await user.click(screen.getByRole('button', { name: 'Import as a new workspace' }));
    expect(await screen.findByText(/Imported “palmyra-v2.json” as the new workspace “palmyra-v2”/)).toBeInTheDocument();
    const imported = (await listWorkspaces()).find((w) => w.name === 'palmyra-v2');
    expect(imported?.origin).toBe('import');
    expect(new URLSearchParams(window.location.search).get('ws')).toBe(imported?.id);
    expect((await readWorkspace(ws.id)).content.dataset.claims).toHaveLength(bundle.claims.length);
  });

  it('merges an import into the open workspace', async () => {
    const ws = await createWorkspace('Base', 'published', published());
    const bundle = await exportWorkspaceBundle(ws.id);
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    await user.upload(
      await screen.findByLabelText('Bundle file (.json.gz or .json) or claims CSV (.csv)'),
      bundleFile({ ...bundle, claims: [{ ...bundle.claims[0]!, id: 'c-new' }] }),
    );
    // Merging waits for the comparison with the open workspace.
    await screen.findByRole('table', { name: /compared with “Base”/ });
    await user.click(screen.getByRole('button', { name: 'Merge into “Base”' }));
    expect(await screen.findByText(/Merged “bundle.json” into “Base”/)).toBeInTheDocument();
    expect((await readWorkspace(ws.id)).content.dataset.claims).toHaveLength(bundle.claims.length + 1);
  });

  it('refuses a broken file with every error named, and leaves the workspace untouched', async () => {
    const ws = await createWorkspace('Base', 'published', published());
    const before = JSON.stringify(await exportWorkspaceBundle(ws.id));
    const bundle = JSON.parse(before) as DatasetBundle;
    const broken = {
      ...bundle,
      claims: bundle.claims.map((c) => (c.id === 'c-02' ? { ...c, value: { ...c.value, low: 'lots' }, measureId: undefined } : c)),
      articles: bundle.articles.map((a, i) => (i === 0 ? { ...a, outlet: 'nobody' } : a)),
    };
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: `/workbench?ws=${ws.id}` });
    await user.upload(
      await screen.findByLabelText('Bundle file (.json.gz or .json) or claims CSV (.csv)'),
      bundleFile(broken, 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('“broken.json” was refused');
    expect(alert).toHaveTextContent('Nothing was imported; your workspaces are unchanged.');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toContain('claims.json › claim c-02 › value.low: Invalid input: expected number, received string');
    expect(items).toContainEqual(expect.stringMatching(/^claims\.json › claim c-02 › measureId: /));
    expect(items).toContainEqual(
      expect.stringMatching(new RegExp(`^articles\\.json › article ${bundle.articles[0]!.id} › outlet: unknown source "nobody"`)),
    );
    expect(screen.queryByRole('button', { name: /Import as a new workspace|Merge into/ })).not.toBeInTheDocument();
    expect(JSON.stringify(await exportWorkspaceBundle(ws.id))).toBe(before);
    expect(await listWorkspaces()).toHaveLength(1);
    expect((await readWorkspace(ws.id)).workspace.revision).toBe(1);
  });

  it('refuses a binary file and a non-JSON file, naming them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<WorkbenchPage />, { route: '/workbench' });
    const input = await screen.findByLabelText('Bundle file (.json.gz or .json) or claims CSV (.csv)');
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])], 'photo.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('photo.json: this is a binary file');
    await user.upload(input, new File(['claim,value\nc-1,=1+1'], 'claims.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/claims\.json: not valid JSON/));
  });
});
