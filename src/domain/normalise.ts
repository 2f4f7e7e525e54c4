// Puts a figure on another footing: totals ↔ daily rates, complements of shares, unit scaling.
// Exact numbers stay in the interval; only the explanation text is rounded.
import type { CantCompute, Interval } from './analysis-types';
import { formatDays, formatInterval } from './format';
import { complementInterval, scaleInterval } from './interval';

/** A period as the dataset states it: first and last day, both inclusive. */
interface PeriodLike {
  from: string;
  to: string;
  approximate?: boolean;
}

interface Normalised {
  kind: 'normalised';
  interval: Interval;
  explanation: string;
}

/** Could not normalise: the interval is left as it was. */
type NotNormalised = CantCompute & { interval: Interval };

type NormaliseResult = Normalised | NotNormalised;

const DAY_MS = 86_400_000;

function utcDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Days covered counting both ends (2016-03-09 to 2016-03-22 = 14); a period ending before it starts, or a malformed date, can't be counted. */
export function inclusiveDayCount(period: PeriodLike): number | CantCompute {
  const from = utcDay(period.from);
  const to = utcDay(period.to);
  if (from === null || to === null) return cantCompute(`the period ${period.from} to ${period.to} is not a pair of ISO dates`);
  if (to < from) return cantCompute(`the period ends (${period.to}) before it starts (${period.from})`);
  return Math.round((to - from) / DAY_MS) + 1;
}

/** True when two periods share at least one day; false when either is missing. */
export function periodsOverlap(a: PeriodLike | null, b: PeriodLike | null): boolean {
  if (!a || !b) return false;
  return a.from <= b.to && b.from <= a.to;
}

/** Builds a CantCompute value; the reason should be a sentence fragment a reader understands. */
export function cantCompute(reason: string): CantCompute {
  return { kind: 'cant-compute', reason };
}

function notNormalised(iv: Interval, reason: string): NotNormalised {
  return { kind: 'cant-compute', reason, interval: iv };
}

/** Total over a period → rate per day (divide by the inclusive day count); an unknown period leaves the figure as it is with the reason. */
export function totalToRate(iv: Interval, period: PeriodLike | null, unit = ''): NormaliseResult {
  if (!period) return notNormalised(iv, `no period is stated for ${formatInterval(iv, unit)}, so it can't be turned into a daily rate`);
  const days = inclusiveDayCount(period);
  if (typeof days !== 'number') return notNormalised(iv, days.reason);
  const scaled = scaleInterval(iv, 1 / days);
  const out = { ...scaled, approximate: scaled.approximate || !!period.approximate };
  const approx = period.approximate ? ' (period approximate)' : '';
  return {
    kind: 'normalised',
    interval: out,
    // The result as every other view spells it ("about" when the period is approximate): one figure, one spelling.
    explanation: `${formatInterval(iv, unit)} in ${formatDays(days)}${approx} → ${formatInterval(out, '')} a day`,
  };
}

/** Rate per day → total over a period (multiply by the inclusive day count); an unknown period leaves the figure as it is. */
export function rateToTotal(iv: Interval, period: PeriodLike | null, unit = ''): NormaliseResult {
  if (!period)
    return notNormalised(iv, `no period is stated, so ${formatInterval(iv, `${unit} a day`.trim())} can't be turned into a total`);
  const days = inclusiveDayCount(period);
  if (typeof days !== 'number') return notNormalised(iv, days.reason);
  const scaled = scaleInterval(iv, days);
  const out = { ...scaled, approximate: scaled.approximate || !!period.approximate };
  return {
    kind: 'normalised',
    interval: out,
    explanation: `${formatInterval(iv, `${unit} a day`.trim())} over ${formatDays(days)} → ${formatInterval(out, '')} in total`,
  };
}

/** Share → its complement v ↦ total − v (percent destroyed ↔ percent intact); without a total it can't be computed. */
export function complement(
  iv: Interval,
  total: number | null,
  labels: { from: string; to: string } = { from: '', to: '' },
): NormaliseResult {
  if (total === null) return notNormalised(iv, 'no total is given, so the complement (e.g. intact ↔ destroyed) cannot be taken');
  const out = complementInterval(iv, total);
  const unit = total === 100 ? '%' : '';
  const from = labels.from ? ` ${labels.from}` : '';
  const to = labels.to ? ` ${labels.to}` : '';
  return {
    kind: 'normalised',
    interval: out,
    explanation: `${formatInterval(iv, unit)}${from} → ${formatInterval(out, unit)}${to} (${total} − value)`,
  };
}

/** Multiplies by a positive factor for counts in different units; a missing, zero, negative or non-finite factor can't be used. */
export function scale(
  iv: Interval,
  factor: number | undefined,
  units: { from: string; to: string } = { from: '', to: '' },
): NormaliseResult {
  if (factor === undefined || !Number.isFinite(factor) || factor <= 0) {
    return notNormalised(iv, 'no usable factor is given to convert between the units');
  }
  const out = scaleInterval(iv, factor);
  return {
    kind: 'normalised',
    interval: out,
    explanation: `${formatInterval(iv, units.from)} × ${factor} → ${formatInterval(out, units.to)}`,
  };
}
