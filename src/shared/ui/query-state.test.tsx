import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryState, SLOW_AFTER_MS, type QueryLike } from './query-state';

const pending = (refetch = vi.fn()): QueryLike<string> => ({
  isPending: true,
  isError: false,
  isFetching: true,
  error: null,
  data: undefined,
  refetch,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('QueryState', () => {
  it('says what is loading', () => {
    render(
      <QueryState query={pending()} what="the dataset" progress="Downloading the dataset…">
        {(d) => d}
      </QueryState>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Downloading the dataset…');
  });

  it('reports a load that takes over ten seconds, with a retry', async () => {
    vi.useFakeTimers();
    const refetch = vi.fn();
    render(
      <QueryState query={pending(refetch)} what="the dataset">
        {(d) => d}
      </QueryState>,
    );
    act(() => {
      vi.advanceTimersByTime(SLOW_AFTER_MS + 1);
    });
    vi.useRealTimers();
    expect(screen.getByRole('alert')).toHaveTextContent('Loading the dataset is taking longer than it should');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('does not blame the network for a slow read of a workspace from this browser', () => {
    vi.useFakeTimers();
    render(
      <QueryState query={{ ...pending(), local: true }} what="the workspace">
        {(d) => d}
      </QueryState>,
    );
    act(() => {
      vi.advanceTimersByTime(SLOW_AFTER_MS + 1);
    });
    vi.useRealTimers();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Still reading from this browser’s storage.');
    expect(alert).toHaveTextContent('Workspaces are kept in this browser, not on a server');
    expect(alert).not.toHaveTextContent(/server may not be answering|connection/);
  });

  it('lists the details of an error and offers a retry', () => {
    const error = Object.assign(new Error('claims.json does not match the dataset format.'), {
      details: ['claims.json › 0.quote: expected string'],
    });
    render(
      <QueryState
        query={{ isPending: false, isError: true, isFetching: false, error, data: undefined, refetch: vi.fn() }}
        what="the dataset"
      >
        {(d: string) => d}
      </QueryState>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('claims.json › 0.quote: expected string');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('renders the data once it is there', () => {
    render(
      <QueryState query={{ isPending: false, isError: false, isFetching: false, error: null, data: 'ready', refetch: vi.fn() }} what="x">
        {(d) => <p>{d}</p>}
      </QueryState>,
    );
    expect(screen.getByText('ready')).toBeInTheDocument();
  });
});
