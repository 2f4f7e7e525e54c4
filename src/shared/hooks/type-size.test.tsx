import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyStoredTypeSize, useLargeType } from './type-size';

afterEach(() => {
  localStorage.clear();
  document.documentElement.classList.remove('large-type');
});

describe('useLargeType', () => {
  it('puts the class on <html> and keeps the choice for the next visit', () => {
    const { result } = renderHook(() => useLargeType());
    expect(result.current[0]).toBe(false);
    act(() => result.current[1](true));
    expect(result.current[0]).toBe(true);
    expect(document.documentElement.classList.contains('large-type')).toBe(true);
    // A new visit: the class is gone until the stored choice is applied at start-up.
    document.documentElement.classList.remove('large-type');
    applyStoredTypeSize();
    expect(document.documentElement.classList.contains('large-type')).toBe(true);
    act(() => result.current[1](false));
    applyStoredTypeSize();
    expect(document.documentElement.classList.contains('large-type')).toBe(false);
  });
});
