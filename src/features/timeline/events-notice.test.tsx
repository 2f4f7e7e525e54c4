import type { UseQueryResult } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLOW_AFTER_MS } from '../../shared/ui/query-state';
import type { ControlEvent } from '../../domain/events';
import { server } from '../../testing/msw/server';
import { renderWithProviders } from '../../testing/render';
import { EventsNotice } from '../../shared/ui/events-notice';
import { TimelinePage } from './timeline-page';

const NOTICE = 'The changes of control could not be loaded; the chart shows the figures without them.';

afterEach(() => {
  vi.useRealTimers();
});

describe('the timeline without its events file', () => {
  it('says the changes of control are missing when events.json fails, with a retry that brings them back', async () => {
    let fail = true;
    server.use(http.get('*/data/events.json', () => (fail ? new HttpResponse(null, { status: 404 }) : undefined)));
    renderWithProviders(<TimelinePage />, { route: '/timeline' });
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(NOTICE);
    // The figures are still there.
    expect(await screen.findByRole('region', { name: 'Claims in date order' }, { timeout: 10_000 })).toBeInTheDocument();
    fail = false;
    act(() => screen.getByRole('button', { name: 'Retry' }).click());
    expect(await screen.findByRole('heading', { name: 'Changes of control' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText(NOTICE)).not.toBeInTheDocument();
  }, 30_000);

  it('says so when events.json has not answered for ten seconds', () => {
    vi.useFakeTimers();
    const pending = { isPending: true, isError: false, isFetching: true } as UseQueryResult<ControlEvent[]>;
    renderWithProviders(<EventsNotice events={pending} />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(SLOW_AFTER_MS + 1);
    });
    expect(screen.getByRole('alert')).toHaveTextContent(NOTICE);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
