import { renderHook, act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clearLoadProgress, setLoadProgress, useLoadProgress } from './load-progress';

describe('the loading indicator', () => {
  it('is cleared by the request whose report it shows, not by one that reported nothing or was reported over', () => {
    const { result } = renderHook(() => useLoadProgress());
    const first = { stage: 'download', message: 'Downloading the dataset…' } as const;
    const later = { stage: 'download', message: 'Downloading the dataset… still waiting for claims.json.' } as const;
    act(() => setLoadProgress(first));
    act(() => clearLoadProgress(null));
    expect(result.current).toBe(first);
    act(() => setLoadProgress(later));
    act(() => clearLoadProgress(first));
    expect(result.current).toBe(later);
    act(() => clearLoadProgress(later));
    expect(result.current).toBeNull();
  });
});
