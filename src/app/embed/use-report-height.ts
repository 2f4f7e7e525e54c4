import { useEffect, type RefObject } from 'react';
import { heightMessage } from '../../domain/embed/height-message';

/** Tells the page around the frame how tall the content is, whenever that changes, so the frame never scrolls or leaves a gap.
 * The message holds only a height, nothing private: any page may read it ("*"); the snippet checks where it comes from. */
export function useReportHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage(heightMessage(height), '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [ref]);
}
