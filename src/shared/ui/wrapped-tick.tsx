/** Props Recharts gives a custom axis tick. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
}

/** An axis label drawn as up to three lines, centred on its tick; the full text is in a <title>, for the pointer and for any cut name. */
export function WrappedTick({
  x = 0,
  y = 0,
  lines,
  full,
  fontSize,
  lineHeight,
}: {
  x?: number | string;
  y?: number | string;
  lines: readonly string[];
  full: string;
  fontSize: number;
  lineHeight: number;
}) {
  const first = -((lines.length - 1) / 2) * lineHeight;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor="end"
      fontSize={fontSize}
      fill="#1b1b1b"
      dominantBaseline="central"
      className="chart-label"
    >
      <title>{full}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? first : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
