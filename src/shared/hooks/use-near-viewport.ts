import { useEffect, useState, type RefObject } from 'react';
import { usePrinting } from './use-media';

/** Whether the element is within `margin` of the viewport (always true when printing, or where IntersectionObserver is missing). */
export function useNearViewport(ref: RefObject<Element | null>, margin = '600px'): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  // A printout shows every chart, not only those that were near the screen.
  const printing = usePrinting();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return near || printing;
}
