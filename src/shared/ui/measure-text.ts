import type { Measure } from './chart-text';

let context: CanvasRenderingContext2D | null | undefined;

/** Measures text in a CSS font (e.g. "13px system-ui") with a canvas; where there is none (tests), estimates 0.6 em a character. */
export function textMeasurer(fontSize: number, fontFamily: string, fontWeight = 'normal'): Measure {
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  const ctx = context;
  if (!ctx) return (text) => text.length * fontSize * 0.6;
  const font = `${fontWeight} ${fontSize}px ${fontFamily}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      ctx.font = font;
      // A pixel of slack: SVG text and canvas text round differently.
      width = Math.ceil(ctx.measureText(text).width) + 1;
      cache.set(text, width);
    }
    return width;
  };
}
