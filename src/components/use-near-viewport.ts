import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Whether the element is within `margin` of the viewport (always true when printing, or where IntersectionObserver is missing). */
export function useNearViewport(ref: RefObject<Element | null>, margin = '600px'): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  const [printing, setPrinting] = useState(false);
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
  useEffect(() => {
    // A printout shows every chart, not only those that were near the screen: drawn at once, before the page is captured.
    const before = () => {
      flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return near || printing;
}
