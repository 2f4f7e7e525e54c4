import { useEffect, useSyncExternalStore } from 'react';

export const APP_NAME = 'Corroborate';

const listeners = new Set<() => void>();
let currentView = '';

/** The document title for a view: what it shows, then the app's name ("Sources — Corroborate"). */
export function documentTitle(what: string): string {
  const trimmed = what.trim();
  return trimmed === '' ? APP_NAME : `${trimmed} — ${APP_NAME}`;
}

/** Names the view in the browser's tab, history and bookmarks; the previous view's name goes when this one unmounts. */
export function useDocumentTitle(what: string): void {
  useEffect(() => {
    currentView = what.trim();
    document.title = documentTitle(what);
    listeners.forEach((l) => l());
    return () => {
      currentView = '';
      document.title = APP_NAME;
      listeners.forEach((l) => l());
    };
  }, [what]);
}

/** What the current view shows, as its title names it ('' before a view has named itself); the print footer names it. */
export function useCurrentView(): string {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => currentView,
    () => '',
  );
}
