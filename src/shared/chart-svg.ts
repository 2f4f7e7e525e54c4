// The chart as drawn on the page, as standalone SVG markup for the image card: a copy of its <svg> with the styles the page's
// CSS gives each element written onto the element as attributes, since a file outside the page resolves no stylesheet or CSS variable.
import type { ChartMarkup } from '../domain/exports/chart-image';

/** The presentation properties the chart's look depends on. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The first chart <svg> under `container` with its computed styles inlined, or null when no chart is drawn there. */
export function serialiseChart(container: Element | null): ChartMarkup | null {
  const svg = container?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? container?.querySelector<SVGSVGElement>('svg');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  if (!(width > 0 && height > 0)) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    // As presentation attributes, not a style attribute: the app's CSP forbids inline styles, even on a detached copy.
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      // url("#id") as url(#id): the form every SVG reader takes, not only browsers.
      if (value !== '' && value !== 'normal' && value !== 'auto') target.setAttribute(prop, value.replace(/url\("([^"]*)"\)/g, 'url($1)'));
    }
    target.removeAttribute('class');
    // Focus and pointer handles mean nothing in a picture.
    for (const attr of ['tabindex', 'role', 'aria-label', 'aria-describedby', 'aria-hidden']) target.removeAttribute(attr);
  });
  for (const element of hidden) element.remove();
  const serializer = new XMLSerializer();
  const inner = [...copy.childNodes].map((node) => serializer.serializeToString(node)).join('');
  return { inner, width, height };
}
