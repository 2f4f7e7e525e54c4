import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'corroborate.largeType';
const CLASS = 'large-type';
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    // Storage can be blocked (private windows, policies): the switch then lasts for this page only.
    return false;
  }
}

/** Puts the stored choice on <html> before the first render, so the page does not jump from small to large type. */
export function applyStoredTypeSize(): void {
  document.documentElement.classList.toggle(CLASS, stored());
}

/** "Large type": the whole interface and its charts set larger, for projectors in big rooms; kept in this browser. */
export function useLargeType(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => document.documentElement.classList.contains(CLASS),
    () => false,
  );
  const set = useCallback((next: boolean) => {
    document.documentElement.classList.toggle(CLASS, next);
    try {
      if (next) localStorage.setItem(KEY, '1');
      else localStorage.removeItem(KEY);
    } catch {
      // Not kept across visits where storage is blocked; the page still switches.
    }
    listeners.forEach((l) => l());
  }, []);
  return [on, set];
}
