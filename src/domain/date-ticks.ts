// Date-axis ticks a reader can count along: days of the month, the first of a month, or New Year, whichever the span needs.

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How far apart the ticks are: days of the month listed, every n months from January, or every n years. */
type DateStep = { kind: 'days'; days: readonly number[] } | { kind: 'months'; n: number } | { kind: 'years'; n: number };

export interface DateTick {
  /** Milliseconds at UTC midnight. */
  time: number;
  label: string;
}

// Finest first. Day sets start on the 1st so ticks line up with the calendar month after month.
const STEPS: readonly DateStep[] = [
  { kind: 'days', days: Array.from({ length: 31 }, (_, i) => i + 1) },
  { kind: 'days', days: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29] },
  { kind: 'days', days: [1, 6, 11, 16, 21, 26] },
  { kind: 'days', days: [1, 8, 15, 22] },
  { kind: 'days', days: [1, 15] },
  ...[1, 2, 3, 6].map((n) => ({ kind: 'months' as const, n })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({ kind: 'years' as const, n })),
];

/** Milliseconds at UTC midnight of an ISO date (yyyy-mm-dd). */
export function dayTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** How many ticks a step would give over a span, roughly, so a fine step over centuries is never enumerated. */
function roughCount(step: DateStep, span: number): number {
  if (step.kind === 'days') return (span / DAY) * (step.days.length / 30.44);
  if (step.kind === 'months') return span / DAY / 30.44 / step.n;
  return span / DAY / 365.25 / step.n;
}

function ticksOf(step: DateStep, from: number, to: number): number[] {
  const start = new Date(from);
  const end = new Date(to);
  const times: number[] = [];
  if (step.kind === 'years') {
    for (let y = Math.ceil(start.getUTCFullYear() / step.n) * step.n; y <= end.getUTCFullYear(); y += step.n) times.push(Date.UTC(y, 0, 1));
  } else {
    const n = step.kind === 'months' ? step.n : 1;
    const days = step.kind === 'days' ? step.days : [1];
    const last = end.getUTCFullYear() * 12 + end.getUTCMonth();
    for (let month = start.getUTCFullYear() * 12 + start.getUTCMonth(); month <= last; month++) {
      if (month % n !== 0) continue;
      const y = Math.floor(month / 12);
      const m = month % 12;
      // Days past the month's end (the 31st of April) are skipped, not rolled into the next month.
      const length = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      for (const d of days) if (d <= length) times.push(Date.UTC(y, m, d));
    }
  }
  return times.filter((t) => t >= from && t <= to);
}

/** A tick's words: "22 Mar" for days (with the year on the first tick and wherever the year turns: "22 Mar 2016"), "Mar 2016" for months, "2016" for years. */
function labelsOf(step: DateStep, times: readonly number[]): string[] {
  return times.map((t, i) => {
    const d = new Date(t);
    const year = d.getUTCFullYear();
    const month = MONTHS[d.getUTCMonth()] ?? '';
    if (step.kind === 'years') return String(year);
    if (step.kind === 'months') return `${month} ${year}`;
    const previous = i > 0 ? new Date(times[i - 1] ?? t).getUTCFullYear() : null;
    return previous === year ? `${d.getUTCDate()} ${month}` : `${d.getUTCDate()} ${month} ${year}`;
  });
}

/** The finest calendar step that puts at most `maxTicks` ticks between `from` and `to` (UTC times, both included), with their labels; a span that
 * holds no tick of any step (less than a day) gets none, and broken input gets none. */
export function niceDateTicks(from: number, to: number, maxTicks: number): DateTick[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || maxTicks < 1) return [];
  if (to < from) return niceDateTicks(to, from, maxTicks);
  const span = to - from;
  for (const step of STEPS) {
    if (roughCount(step, span) > maxTicks * 2 + 2) continue;
    const times = ticksOf(step, from, to);
    if (times.length === 0 && step.kind !== 'years') continue;
    if (times.length <= maxTicks) {
      const labels = labelsOf(step, times);
      return times.map((time, i) => ({ time, label: labels[i] ?? '' }));
    }
  }
  return [];
}
