/** An axis title under the numbers of an X axis, centred on the plot, as Recharts' label render prop places it. */
export function AxisTitle({
  viewBox,
  lines,
  fontSize,
  lineHeight,
}: {
  viewBox?: { x?: number; y?: number; width?: number };
  lines: readonly string[];
  fontSize: number;
  lineHeight: number;
}) {
  if (lines.length === 0) return null;
  const x = (viewBox?.x ?? 0) + (viewBox?.width ?? 0) / 2;
  return (
    <text
      x={x}
      y={(viewBox?.y ?? 0) + lineHeight + 14}
      textAnchor="middle"
      dominantBaseline="hanging"
      fontSize={fontSize}
      fill="#1b1b1b"
      className="axis-title"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
