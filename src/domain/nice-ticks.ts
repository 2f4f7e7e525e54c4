// Axis ticks that a reader can count along: steps of 1, 2 or 5 times a power of ten.

/** Decimal places a step needs to be written exactly (0.05 → 2), so sums of steps are rounded back onto the grid. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** The smallest 1, 2 or 5 × 10ⁿ step that splits `span` into at most `maxTicks − 1` intervals; a zero or negative span gets step 1. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const intervals = Math.max(1, Math.floor(maxTicks) - 1);
  const raw = span / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    const step = m * magnitude;
    // A hair of tolerance: 250 / 5 must give 50, not 100, despite floating-point error.
    if (step >= raw * (1 - 1e-9)) return step;
  }
  return 10 * magnitude;
}

/** Ticks at every multiple of a nice step between `min` and `max` (both included when they fall on the grid), at most `maxTicks` of them; min = max, or a span holding no multiple of the step, gives min alone. */
export function niceTicks(min: number, max: number, maxTicks: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max < min) return niceTicks(max, min, maxTicks);
  if (max === min) return [min];
  const step = niceStep(max - min, maxTicks);
  const decimals = decimalsOf(step);
  // Floating-point error grows with the quotient (−750,619.979 / 0.001 is off by ~1e-7), so the tolerance does too.
  const tolerance = Math.max(1e-9, 1e-12 * Math.max(Math.abs(min / step), Math.abs(max / step)));
  const first = Math.ceil(min / step - tolerance);
  const last = Math.floor(max / step + tolerance);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  // A span narrower than one step may hold no multiple of it: the axis still gets its lower end as a tick.
  return ticks.length > 0 ? ticks : [min];
}
