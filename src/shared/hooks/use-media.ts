import { useEffect, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

function mediaList(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

/** Whether a CSS media query matches, kept current (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => mediaList(query)?.matches ?? false,
    () => false,
  );
}

/** True while the page is being printed: from beforeprint (drawn at once, before the page is captured) and from print media, which
 * a print preview, a headless PDF or emulation switch on without a beforeprint event. */
export function usePrinting(): boolean {
  const media = useMediaQuery('print');
  const [dialog, setDialog] = useState(false);
  useEffect(() => {
    const before = () => {
      flushSync(() => setDialog(true));
    };
    const after = () => setDialog(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return media || dialog;
}
