import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentTitle, useCurrentView, useDocumentTitle } from './use-document-title';

describe('useDocumentTitle', () => {
  it('names the view before the app, and gives the app’s name back when the view goes', () => {
    const view = renderHook(() => useCurrentView());
    const { rerender, unmount } = renderHook(({ what }) => useDocumentTitle(what), { initialProps: { what: 'Sources' } });
    expect(document.title).toBe('Sources — Corroborate');
    expect(view.result.current).toBe('Sources');
    rerender({ what: 'Air raids on Palmyra, March 2016' });
    expect(document.title).toBe('Air raids on Palmyra, March 2016 — Corroborate');
    act(() => unmount());
    expect(document.title).toBe('Corroborate');
    expect(view.result.current).toBe('');
  });

  it('is the app’s name alone for an empty name', () => {
    expect(documentTitle('  ')).toBe('Corroborate');
  });
});
