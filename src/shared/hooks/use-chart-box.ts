import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { Measure } from '../ui/chart-text';
import { textMeasurer } from '../ui/measure-text';

interface ChartBox {
  /** Width of the chart's box in pixels (0 until measured). */
  width: number;
  /** The chart text size in pixels, from the CSS (`.chart-frame` font-size), so it follows the screen, print and "Large type". */
  fontSize: number;
  /** Width of a string in the chart text. */
  measure: Measure;
}

function readFont(element: Element): { size: number; family: string } {
  const style = getComputedStyle(element);
  return { size: parseFloat(style.fontSize) || 13, family: style.fontFamily || 'sans-serif' };
}

/** A ref for a chart's box, its width and the text size its CSS gives it, kept current on resize, print and a change of type size. */
export function useChartBox<T extends HTMLElement>(): ChartBox & { ref: React.RefObject<T | null> } {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const [font, setFont] = useState({ size: 13, family: 'sans-serif' });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      setWidth(Math.floor(element.getBoundingClientRect().width));
      const next = readFont(element);
      setFont((prev) => (prev.size === next.size && prev.family === next.family ? prev : next));
    };
    // The first drawing and a resize draw at transition priority: a chart of many marks then draws in slices and the page
    // keeps answering. Print and "Large type" draw at once, so the printed page has the chart at its print size.
    startTransition(update);
    // The observer gives the new size: reading it from the element would lay out the page again for every chart in a
    // list whose cards just changed height.
    const resize = new ResizeObserver((entries) => {
      // Engines without borderBoxSize (test DOMs) are measured the old way.
      const sizes: readonly ResizeObserverSize[] | undefined = entries.at(-1)?.borderBoxSize;
      const next = Math.floor(sizes?.[0]?.inlineSize ?? element.getBoundingClientRect().width);
      startTransition(() => setWidth(next));
    });
    resize.observe(element);
    // The "Large type" switch is a class on <html>; print has its own sizes.
    const classes = new MutationObserver(update);
    classes.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    print?.addEventListener('change', update);
    return () => {
      resize.disconnect();
      classes.disconnect();
      print?.removeEventListener('change', update);
    };
  }, []);
  const measure = useMemo(() => textMeasurer(font.size, font.family), [font]);
  return { ref, width, fontSize: font.size, measure };
}
