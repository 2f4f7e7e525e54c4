// One figure's mark on a chart of figures against time, drawn upright from its low to its high bound.
import type { DateMark } from '../../../domain/view-models/date-chart';
import { STATUS_STYLE } from '../range-chart/range-chart';

/** Colour of marks where no comparison was made (the timeline's per-measure view). */
export const PLAIN_COLOUR = '#0a5f8a';

export interface Geometry {
  x: number;
  top: number;
  bottom: number;
  half: number;
}

/** Draws one figure upright: filled when its date is stated, hollow when placed at its report's date; open ends fade into an
 * arrowhead, approximate ones are dashed, a single figure is a diamond, a contradicted one is hatched. */
export function FigureShape({ mark, g, id }: { mark: DateMark; g: Geometry; id: string }) {
  const colour = mark.status ? STATUS_STYLE[mark.status].colour : PLAIN_COLOUR;
  const { x, top, bottom, half } = g;
  const dash = mark.soft ? '4 3' : undefined;
  if (mark.point) {
    const r = half + 2;
    const mid = top;
    return (
      <polygon
        points={`${x},${mid - r} ${x + r},${mid} ${x},${mid + r} ${x - r},${mid}`}
        fill={mark.hollow ? '#fff' : mark.status === 'disjoint' ? `url(#${id}-hatch)` : colour}
        stroke={colour}
        strokeWidth={mark.hollow ? 3 : 2}
        strokeDasharray={dash}
      />
    );
  }
  const arrow = Math.min(half * 2, Math.max(4, (bottom - top) / 3));
  const fill = mark.hollow
    ? '#fff'
    : mark.status === 'disjoint'
      ? `url(#${id}-hatch)`
      : mark.highOpen || mark.lowOpen
        ? `url(#${id}-fade)`
        : colour;
  const rectTop = mark.highOpen ? top + arrow : top;
  const rectBottom = mark.lowOpen ? bottom - arrow : bottom;
  return (
    <g>
      <defs>
        <linearGradient id={`${id}-fade`} x1="0" x2="0" y1="0" y2="1">
          <stop offset="0%" stopColor={colour} stopOpacity={mark.highOpen ? 0.15 : 1} />
          <stop offset="30%" stopColor={colour} stopOpacity={1} />
          <stop offset="70%" stopColor={colour} stopOpacity={1} />
          <stop offset="100%" stopColor={colour} stopOpacity={mark.lowOpen ? 0.15 : 1} />
        </linearGradient>
        <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#fff" />
          <rect width="3" height="6" fill={colour} />
        </pattern>
      </defs>
      <rect
        x={x - half}
        y={rectTop}
        width={half * 2}
        height={Math.max(2, rectBottom - rectTop)}
        fill={fill}
        stroke={colour}
        strokeWidth={mark.hollow ? 3 : 1.5}
        strokeDasharray={dash}
      />
      {/* Open ends end in an arrowhead inside the plot, pointing the way the figure runs on. */}
      {mark.highOpen && (
        <polygon
          points={`${x - half - 4},${top + arrow} ${x},${top} ${x + half + 4},${top + arrow}`}
          fill={mark.hollow ? '#fff' : colour}
          stroke={colour}
          strokeWidth={mark.hollow ? 2 : 0}
        />
      )}
      {mark.lowOpen && (
        <polygon
          points={`${x - half - 4},${bottom - arrow} ${x},${bottom} ${x + half + 4},${bottom - arrow}`}
          fill={mark.hollow ? '#fff' : colour}
          stroke={colour}
          strokeWidth={mark.hollow ? 2 : 0}
        />
      )}
    </g>
  );
}
