import { describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { useHeld } from './use-held';

describe('useHeld', () => {
  it('follows the value, keeps it while held, and follows again when the hold ends', () => {
    const { result, rerender } = renderHook(({ value, hold }) => useHeld(value, hold), { initialProps: { value: '?a', hold: false } });
    expect(result.current).toBe('?a');
    rerender({ value: '?b', hold: true });
    expect(result.current).toBe('?a');
    rerender({ value: '?c', hold: true });
    expect(result.current).toBe('?a');
    rerender({ value: '?c', hold: false });
    expect(result.current).toBe('?c');
  });
});
