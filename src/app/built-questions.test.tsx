// The build answers a large dataset's first questions (src/service/built-answers.ts) only if the pages ask exactly those:
// this renders the pages and compares what they ask with what the build answers.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '../domain/built-answers';
import { MatrixPage } from '../features/matrix/matrix-page';
import { SourcesPage } from '../features/sources/sources-page';
import { TimelinePage } from '../features/timeline/timeline-page';
import { firstQuestions } from '../service/built-answers';
import { loadShippedEvents } from '../testing/real-dataset';
import { renderWithProviders } from '../testing/render';

const asked = vi.hoisted(() => [] as { name: string; args: unknown }[]);
vi.mock('../api/service', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api/service')>();
  const ask: typeof actual.ask = (name, args, signal) => {
    asked.push({ name, args });
    return actual.ask(name, args, signal);
  };
  return { ...actual, ask };
});

/** A question as the build writes it: its name, and its argument without the dataset's key. */
function question(name: string, args: unknown): string {
  const { key: _key, ...rest } = args as { key: string };
  return canonicalJson({ name, asked: rest });
}

describe('the questions the build answers', () => {
  it('are the ones the timeline, sources and matrix ask first, with no filter set', async () => {
    const built = firstQuestions(loadShippedEvents());
    const builtNames = new Set(built.map((q) => q.name as string));
    const answered = new Set(built.map((q) => question(q.name, q.asked)));
    const wait = { timeout: 10_000 };
    const pages = [
      { page: <TimelinePage />, route: '/timeline', shown: () => screen.findByRole('region', { name: 'Claims in date order' }, wait) },
      { page: <SourcesPage />, route: '/sources', shown: () => screen.findAllByRole('heading', { level: 2 }, wait) },
      { page: <MatrixPage />, route: '/matrix', shown: () => screen.findAllByRole('table', {}, wait) },
    ];
    for (const { page, route, shown } of pages) {
      const { unmount } = renderWithProviders(page, { route });
      await shown();
      unmount();
    }
    const theirs = asked.filter((a) => builtNames.has(a.name)).map((a) => question(a.name, a.args));
    // Every question of those names the pages asked is one the build answers…
    for (const q of theirs) expect(answered, q).toContain(q);
    // …and every answer the build makes with the changes of control is asked for (the timeline asks without them only
    // while they load, which a fast test may never see).
    const withEvents = built.filter((q) => !('events' in q.asked) || q.asked.events.length > 0);
    for (const q of withEvents) expect(theirs).toContain(question(q.name, q.asked));
  }, 60_000);
});
