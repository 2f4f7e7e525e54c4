// Network faults on every published file: each view that needs the file says what went wrong and names it, and Retry brings
// the view back once the fault is gone. A hang or a trickle is reported by the slow-load message, whose delay is shortened here.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SlowAfterContext } from '../shared/ui/query-state';
import { FILE_FAULTS, fileFaults, type FileFault } from '../testing/msw/handlers';
import { server } from '../testing/msw/server';
import { crashCount, recordReliability } from '../testing/reliability-log';
import { renderWithProviders } from '../testing/render';
import { AppRoutes } from './app';

// Long enough for a healthy file to arrive on a loaded machine, short enough not to hold the suite.
const SLOW_AFTER_MS = 1_500;
const ARTICLE_TEXT = '000_75dba6c5ec9d2f97.txt';

/** What the user is told for each fault: the text names the file, or (hang, trickle) says the load is slow. */
const TOLD: Record<FileFault, (file: string) => RegExp> = {
  notFound: (file) => new RegExp(`${file.replace('.', '\\.')} answered 404 Not Found\\.`),
  badType: (file) => new RegExp(`${file.replace('.', '\\.')} did not arrive: the server sent a web page instead`),
  hang: () => /taking longer than it should/,
  trickle: () => /taking longer than it should/,
};

interface Target {
  file: string;
  route: string;
  /** The view's error or notice is on screen, naming the file; returns it. */
  failed: (fault: FileFault) => Promise<HTMLElement>;
  /** The view shows what the file brings. */
  recovered: () => Promise<unknown>;
}

async function alertWith(heading: RegExp | string, text: RegExp, file: string): Promise<HTMLElement> {
  // The slow-load alert may come first and give way to the error: wait for the one that says what went wrong.
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text), { timeout: 20_000 });
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('heading')).toHaveTextContent(heading);
  // A hung or trickling file is named as the one still awaited.
  await waitFor(() => expect(alert).toHaveTextContent(file));
  expect(alert).not.toHaveTextContent(/Unexpected token|SyntaxError/);
  return alert;
}

const datasetFile = (file: string): Target => ({
  file,
  route: '/',
  failed: (fault) =>
    alertWith(
      fault === 'hang' || fault === 'trickle' ? 'Loading the dataset is taking longer' : 'Could not load the dataset',
      TOLD[fault](file),
      file,
    ),
  recovered: () => screen.findByRole('heading', { level: 2, name: /Air raids on Palmyra/ }, { timeout: 20_000 }),
});

const TARGETS: Target[] = [
  datasetFile('articles.json'),
  datasetFile('sources.json'),
  datasetFile('measures.json'),
  datasetFile('claims.json'),
  {
    file: 'events.json',
    route: '/timeline',
    failed: async (fault) => {
      // The timeline is drawn without the changes of control and says so; it does not drop them silently.
      const notice = await screen.findByText(/The changes of control could not be loaded/, {}, { timeout: 20_000 });
      expect(notice).toHaveAttribute('role', 'alert');
      const said = fault === 'hang' || fault === 'trickle' ? /events\.json has not arrived yet\./ : TOLD[fault]('events.json');
      await waitFor(() => expect(notice).toHaveTextContent(said));
      expect(screen.getByRole('region', { name: 'Claims in date order' })).toBeInTheDocument();
      return notice;
    },
    recovered: () => screen.findByRole('heading', { name: 'Changes of control' }, { timeout: 20_000 }),
  },
  {
    file: 'stories.json',
    route: '/classroom',
    failed: (fault) =>
      alertWith(
        fault === 'hang' || fault === 'trickle' ? 'Loading the stories is taking longer' : 'Could not load the stories',
        TOLD[fault]('stories.json'),
        'stories.json',
      ),
    recovered: () => screen.findByText('Palmyra, 2016: who counts what', {}, { timeout: 20_000 }),
  },
  {
    file: ARTICLE_TEXT,
    route: '/claims/c-03',
    failed: (fault) =>
      alertWith(
        fault === 'hang' || fault === 'trickle' ? 'Loading the article text is taking longer' : 'Could not load the article text',
        TOLD[fault](ARTICLE_TEXT),
        ARTICLE_TEXT,
      ),
    recovered: () => screen.findByRole('region', { name: /^Text of/ }, { timeout: 20_000 }),
  },
];

beforeEach(() => {
  // The app reports failed requests on the console; the test asserts on what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe.each(TARGETS)('$file', (target) => {
  it.each(FILE_FAULTS)('%s: the view names the file, and Retry recovers once the fault is gone', async (fault) => {
    let passed = false;
    let crashes = 0;
    try {
      server.use(...fileFaults[fault](target.file));
      const user = userEvent.setup();
      renderWithProviders(
        <SlowAfterContext value={SLOW_AFTER_MS}>
          <AppRoutes />
        </SlowAfterContext>,
        { route: target.route },
      );
      const alert = await target.failed(fault);
      // The page around the failure is still there.
      expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
      server.resetHandlers();
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      await target.recovered();
      await waitFor(() => expect(screen.queryByText(/Could not load|taking longer than it should|could not be loaded/)).toBeNull());
      passed = true;
    } catch (error) {
      crashes = crashCount(error);
      throw error;
    } finally {
      recordReliability({ kind: 'fault', name: `network: ${fault} on ${target.file}`, cases: 1, passed, crashes, lostRecords: 0 });
    }
  });
});
