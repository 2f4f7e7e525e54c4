// Number and interval formatting for summaries and explanations. Pure: no locale from the browser.
import type { Interval } from './analysis-types';

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** An integer with thousands separators, as en-GB writes it ("-1,448"); Intl only beyond the safe integers (it is slow in hot loops). */
function groupInteger(n: number): string {
  if (!Number.isSafeInteger(n)) return grouped.format(n);
  const digits = String(Math.abs(n));
  if (digits.length <= 3) return n < 0 ? `-${digits}` : digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** Formats a number for reading: integers exactly with thousands separators, ≥10 to a whole number, 1–10 to one decimal, below 1 to two significant figures; non-finite → "∞"/"−∞". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  if (Object.is(n, -0)) return '0';
  if (Number.isInteger(n)) return groupInteger(n);
  const abs = Math.abs(n);
  if (abs >= 10) return groupInteger(Math.round(n));
  if (abs >= 1) return trimZeros(n.toFixed(1));
  return trimZeros(n.toPrecision(2));
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Attaches a unit to a number text: "%"-units stick to the number ("25%"), others follow a space; an empty unit adds nothing. */
export function withUnit(text: string, unit: string): string {
  if (unit === '') return text;
  if (unit.startsWith('%')) return `${text}${unit}`;
  return `${text} ${unit}`;
}

/** Reads an interval in words: "more than 64 raids a day", "20–25 sorties a day", "about 45–55"; both ends unbounded → "any value". */
export function formatInterval(iv: Interval, unit = ''): string {
  const about = iv.approximate ? 'about ' : '';
  const { low, high } = iv;
  if (low === null && high === null) return 'any value';
  if (low !== null && high === null) {
    return withUnit(`${iv.lowInclusive ? 'at least' : 'more than'} ${about}${formatNumber(low)}`, unit);
  }
  if (low === null && high !== null) {
    return withUnit(`${iv.highInclusive ? 'up to' : 'less than'} ${about}${formatNumber(high)}`, unit);
  }
  const lo = low as number;
  const hi = high as number;
  if (lo === hi) return withUnit(`${about}${formatNumber(lo)}`, unit);
  if (iv.lowInclusive && iv.highInclusive) return withUnit(`${about}${formatNumber(lo)}–${formatNumber(hi)}`, unit);
  if (!iv.lowInclusive && iv.highInclusive) {
    return withUnit(`more than ${about}${formatNumber(lo)}, up to ${formatNumber(hi)}`, unit);
  }
  if (iv.lowInclusive && !iv.highInclusive) {
    return withUnit(`at least ${about}${formatNumber(lo)}, less than ${formatNumber(hi)}`, unit);
  }
  return withUnit(`between ${about}${formatNumber(lo)} and ${formatNumber(hi)}`, unit);
}

/**
 * `n` rounded down to the precision formatNumber and formatRatio print it with, for a bound that "at least" or "more
 * than" goes before: rounded to the nearest, more than 64.3 raids a day against 25 would read "more than 2.6 times",
 * which the figures do not say. Worked examples: 64.3 / 25 = 2.571… → 2.5; 79.6 → 79; 0.567 → 0.56; 2.6 → 2.6; 80 → 80.
 */
export function roundDownAsPrinted(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  const abs = Math.abs(n);
  const step = abs >= 10 ? 1 : abs >= 1 ? 0.1 : 10 ** (Math.floor(Math.log10(abs)) - 1);
  const down = Number((Math.floor(n / step) * step).toPrecision(12));
  // 2.6 / 0.1 is 25.999… in floating point: a value already at a step stays there.
  const next = Number((down + step).toPrecision(12));
  return next <= n ? next : down;
}

/** Formats a ratio as "2.6×"; two significant figures below 10, whole numbers above; infinity → "∞×". */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return '∞×';
  if (r >= 10) return `${groupInteger(Math.round(r))}×`;
  return `${trimZeros(r.toPrecision(2))}×`;
}

/** Formats an inclusive day count: "1 day", "14 days"; zero or negative counts are printed as they are. */
export function formatDays(n: number): string {
  return n === 1 ? '1 day' : `${formatNumber(n)} days`;
}

/** Joins names as prose: "A", "A and B", "A, B and C"; an empty list gives "". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One end of an interval in words, as formatInterval writes it: the lower end of (64, ∞) approximate is "more than about 64 raids a day", of [20, 25] "at least 20"; an unbounded end is "any value". */
export function formatBound(iv: Interval, end: 'low' | 'high', unit = ''): string {
  // A single figure's end is the figure itself.
  if (iv.low !== null && iv.low === iv.high && iv.lowInclusive && iv.highInclusive) return formatInterval(iv, unit);
  const bound: Interval = end === 'low' ? { ...iv, high: null, highInclusive: false } : { ...iv, low: null, lowInclusive: false };
  return formatInterval(bound, unit);
}

/** A difference between two shares in percentage points: "80 percentage points"; one point is "1 percentage point". */
export function formatPoints(n: number): string {
  const text = formatNumber(n);
  return `${text} percentage ${text === '1' ? 'point' : 'points'}`;
}

/** A sentence's first letter in capitals: "the matrix" → "The matrix". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A name's possessive as a sentence writes it: "NOW’s", "Airwars’" (a name ending in s takes the apostrophe alone). */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}
