import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

interface Store {
  subscribe: (onChange: () => void) => () => void;
  snapshot: () => boolean;
}

// One store per query, made once: every chart on a page asks whether it is printed, and a subscription made in render
// would be a new MediaQueryList and a new listener for each chart on every render.
const stores = new Map<string, Store>();

function mediaStore(query: string): Store {
  let store = stores.get(query);
  if (!store) {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    store = {
      subscribe: (onChange) => {
        list?.addEventListener('change', onChange);
        return () => list?.removeEventListener('change', onChange);
      },
      snapshot: () => list?.matches ?? false,
    };
    stores.set(query, store);
  }
  return store;
}

/** Whether a CSS media query matches, kept current (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  const { subscribe, snapshot } = mediaStore(query);
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

// The print dialog is open from beforeprint to afterprint: one pair of window listeners for every reader of it, kept
// once added, so the state is right whenever a reader comes.
let dialogOpen = false;
let listening = false;
const dialogReaders = new Set<() => void>();
const onBeforePrint = (): void => {
  dialogOpen = true;
  // Drawn at once, before the page is captured.
  flushSync(() => dialogReaders.forEach((notify) => notify()));
};
const onAfterPrint = (): void => {
  dialogOpen = false;
  dialogReaders.forEach((notify) => notify());
};
const printDialog: Store = {
  subscribe: (onChange) => {
    if (!listening) {
      window.addEventListener('beforeprint', onBeforePrint);
      window.addEventListener('afterprint', onAfterPrint);
      listening = true;
    }
    dialogReaders.add(onChange);
    return () => dialogReaders.delete(onChange);
  },
  snapshot: () => dialogOpen,
};

/** True while the page is being printed: from beforeprint (drawn at once, before the page is captured) and from print media, which
 * a print preview, a headless PDF or emulation switch on without a beforeprint event. */
export function usePrinting(): boolean {
  const media = useMediaQuery('print');
  const dialog = useSyncExternalStore(printDialog.subscribe, printDialog.snapshot, () => false);
  return media || dialog;
}
