// Faults inside the app: a view that crashes is contained to that view, and a damaged stored record costs only itself.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, setDbForTesting, type CorroborateDb } from '../service/store/workspace-db';
import { createWorkspace } from '../service/store/workspaces';
import { loadShippedDataset, readArticleText } from '../testing/real-dataset';
import { crashCount, recordReliability } from '../testing/reliability-log';
import { renderWithProviders } from '../testing/render';
import { AppRoutes } from './app';

// The timeline throws on render while `crash.on` is set, then renders the real view: like a bug hit by some data.
const crash = vi.hoisted(() => ({ on: false, renders: 0 }));
vi.mock('../features/timeline/timeline-page', async (importActual) => {
  const actual = await importActual<typeof import('../features/timeline/timeline-page')>();
  return {
    ...actual,
    TimelinePage: () => {
      crash.renders++;
      if (crash.on) throw new Error('Cannot read properties of undefined (reading “lanes”)');
      return createElement(actual.TimelinePage);
    },
  };
});

let db: CorroborateDb;

beforeEach(async () => {
  db = createDb(new IDBFactory(), IDBKeyRange);
  await db.open();
  setDbForTesting({ db, persistent: true, reason: null });
  // React reports the caught error on the console; the test asserts on what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  db.close();
  setDbForTesting(null);
  crash.on = false;
});

/** Runs a fault scenario and records it, passed or not. */
async function scenario(name: string, run: () => Promise<{ lostRecords: number }>): Promise<void> {
  let passed = false;
  let lostRecords = 0;
  let crashes = 0;
  try {
    ({ lostRecords } = await run());
    passed = lostRecords === 0;
  } catch (error) {
    crashes = crashCount(error);
    throw error;
  } finally {
    recordReliability({ kind: 'fault', name, cases: 1, passed, crashes, lostRecords });
  }
}

describe('a view that crashes', () => {
  it('shows the error in that view only; navigation, the other views and “Reload this view” keep working', async () => {
    await scenario('crash: a view that throws is contained to that view', async () => {
      crash.on = true;
      const user = userEvent.setup();
      renderWithProviders(<AppRoutes />, { route: '/timeline' });
      const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
      expect(within(alert).getByRole('heading', { name: 'Something went wrong in the timeline' })).toBeInTheDocument();
      expect(alert).toHaveTextContent('Cannot read properties of undefined');
      // The header, navigation and filters are still there around the broken view.
      const nav = screen.getByRole('navigation', { name: 'Views' });
      expect(within(nav).getByRole('link', { name: 'Timeline' })).toBeInTheDocument();

      // Another view works.
      await user.click(within(nav).getByRole('link', { name: 'Sources' }));
      expect(await screen.findByRole('heading', { level: 1, name: /Sources/ }, { timeout: 15_000 })).toBeInTheDocument();
      expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();

      // Back to the broken view: still contained; once the cause is gone, “Reload this view” brings it back.
      await user.click(within(nav).getByRole('link', { name: 'Timeline' }));
      const again = await screen.findByRole('alert');
      expect(again).toHaveTextContent('Something went wrong in the timeline');
      crash.on = false;
      const rendersBefore = crash.renders;
      await user.click(within(again).getByRole('button', { name: 'Reload this view' }));
      expect(await screen.findByRole('heading', { level: 1, name: /Timeline/ }, { timeout: 15_000 })).toBeInTheDocument();
      expect(crash.renders).toBeGreaterThan(rendersBefore);
      expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
      return { lostRecords: 0 };
    });
  }, 30_000);
});

describe('a corrupted stored record', () => {
  it('opens the workspace with every other claim, and says one record could not be read', async () => {
    await scenario('storage: one corrupted claim in a workspace', async () => {
      const dataset = loadShippedDataset();
      const ws = await createWorkspace('Damaged', 'published', {
        dataset,
        texts: new Map(dataset.articles.map((a) => [a.file, readArticleText(a.file)])),
      });
      // As if a bug or a disk fault had overwritten one row with something that is not a claim.
      await db.claims.put({ workspaceId: ws.id, id: 'c-02', data: { id: 'c-02', quote: 42 } });

      const user = userEvent.setup();
      renderWithProviders(<AppRoutes />, { route: `/claims/c-03?ws=${ws.id}` });
      const notice = await screen.findByText(/One record of this workspace could not be read/, {}, { timeout: 15_000 });
      expect(notice.closest('.workspace-problems')).toHaveTextContent(/claim c-02:/);
      const c03 = dataset.claims.find((c) => c.id === 'c-03');
      const quoteShown = () => document.querySelector('blockquote.quote')?.textContent;
      await waitFor(() => expect(quoteShown()).toBe(`“${c03?.quote ?? ''}”`), { timeout: 15_000 });

      // Every other claim of the workspace still opens; the damaged one is reported, not shown half-read.
      let shown = 0;
      for (const claim of dataset.claims.filter((c) => c.id !== 'c-02').slice(0, 5)) {
        window.history.pushState(null, '', `/claims/${claim.id}?ws=${ws.id}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await waitFor(() => expect(quoteShown()).toBe(`“${claim.quote}”`));
        shown++;
      }
      await user.click(screen.getByRole('link', { name: 'Where accounts diverge' }));
      expect(await screen.findAllByRole('heading', { level: 2 }, { timeout: 15_000 })).not.toHaveLength(0);
      expect(screen.getByText(/One record of this workspace could not be read/)).toBeInTheDocument();

      // Nothing else was lost: the store still holds every row, the damaged one included, for the user to repair.
      const stored = await db.claims.where('workspaceId').equals(ws.id).count();
      return { lostRecords: dataset.claims.length - stored + (5 - shown) };
    });
  }, 30_000);
});
