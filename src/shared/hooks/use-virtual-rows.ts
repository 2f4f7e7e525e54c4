import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

/** Windowing for long tables: which rows to render inside a scroll container, and the blank space around them. */
export function useVirtualRows(count: number, scrollRef: RefObject<HTMLElement | null>, rowHeight: number) {
  // The app is not built with the React Compiler, so the virtualizer's unmemoisable API is safe here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Before the container is measured (and in test DOMs without layout) render a first screenful.
    initialRect: { width: 1000, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    items,
    paddingTop: first ? first.start : 0,
    paddingBottom: last ? virtualizer.getTotalSize() - last.end : 0,
    measureElement: virtualizer.measureElement,
  };
}
