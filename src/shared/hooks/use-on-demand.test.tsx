import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useOnDemand } from './use-on-demand';

describe('useOnDemand', () => {
  it('fetches nothing until wanted, then once, however often it renders', async () => {
    const load = vi.fn(() => Promise.resolve('code'));
    const { result, rerender } = renderHook(({ wanted }) => useOnDemand(load, wanted), { initialProps: { wanted: false } });
    expect(result.current).toEqual({ status: 'idle' });
    expect(load).not.toHaveBeenCalled();
    rerender({ wanted: true });
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded', code: 'code' }));
    rerender({ wanted: false });
    rerender({ wanted: true });
    expect(result.current).toEqual({ status: 'loaded', code: 'code' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('stays failed once the download failed: only a reload tries again', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    const { result, rerender } = renderHook(({ wanted }) => useOnDemand(load, wanted), { initialProps: { wanted: true } });
    await waitFor(() => expect(result.current).toEqual({ status: 'failed' }));
    act(() => rerender({ wanted: true }));
    expect(result.current).toEqual({ status: 'failed' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
