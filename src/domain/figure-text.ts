// A figure in words: first as said, in its own measure's unit, then (only when it was converted) on the group's footing.
import type { ComparedClaim } from './analysis-types';
import { formatInterval } from './format';
import { inclusiveDayCount } from './normalise';
import type { Claim, Measure } from './schema';

const PERCENT = /^(percent|per cent|%)$/i;
/** Words of quantity that take "of" before what they count: “scores” of fighters, “tens of thousands” of people. */
const TAKES_OF = /\b(dozens|scores|hundreds|thousands|millions|billions|handful|couple|lot|lots)$/i;

/** True for a measure counted in percent. */
export function isPercentUnit(unit: string): boolean {
  return PERCENT.test(unit.trim());
}

/** Whether the words as written already carry the unit ("two kilometers" for kilometres, "80%" for percent). */
function carriesUnit(asWritten: string, unit: string): boolean {
  const text = asWritten.toLowerCase();
  if (isPercentUnit(unit)) return /%|per ?cent/.test(text);
  const stem = unit.toLowerCase().slice(0, Math.max(4, Math.min(5, unit.length - 1)));
  return stem.length > 0 && text.includes(stem);
}

/**
 * The figure as said, in its own unit: “More than 900” raids, “20 to 25” sorties a day, “80%”, and for a vague word the
 * reading beside it: “completely disfigured and destroyed” (read as 0%). Quotation marks hold the words exactly.
 */
export function figureAsSaid(
  claim: Pick<Claim, 'value' | 'per'>,
  measure: Pick<Measure, 'unit'> | undefined,
  original: ComparedClaim['original'] | null = null,
): string {
  const { words, aside } = figureAsSaidParts(claim, measure, original);
  return aside === null ? words : `${words} (${aside})`;
}

/** figureAsSaid in two parts: the words with their unit, and what goes in brackets after them (the reading of a vague
 * word, a share as a number), so that a caller can add to the brackets rather than open a second pair. */
export function figureAsSaidParts(
  claim: Pick<Claim, 'value' | 'per'>,
  measure: Pick<Measure, 'unit'> | undefined,
  original: ComparedClaim['original'] | null = null,
): { words: string; aside: string | null } {
  const unit = measure?.unit ?? '';
  const words = claim.value.asWritten;
  let text = `“${words}”`;
  if (unit && !carriesUnit(words, unit) && !isPercentUnit(unit)) text += `${TAKES_OF.test(words.trim()) ? ' of' : ''} ${unit}`;
  if (claim.per === 'day' && !/daily|a day|per day|each day/i.test(words)) text += ' a day';
  if (claim.value.interpretation && original) {
    return { words: text, aside: `read as ${formatInterval(original, isPercentUnit(unit) ? '%' : '')}` };
  }
  if (isPercentUnit(unit) && !carriesUnit(words, unit)) {
    return { words: text, aside: formatInterval(original ?? { ...claim.value, approximate: claim.value.approximate }, '%') };
  }
  return { words: text, aside: null };
}

/**
 * How a converted figure reads on its group's footing, or null when it was not converted: a total spread over its
 * period ("≈ more than about 64 raids a day if spread evenly over 14 days"), or another measure's figure read on this
 * one ("read as at least 2 sites").
 */
export function footingNote(
  entry: Pick<ComparedClaim, 'interval' | 'explanations' | 'cannotNormalise' | 'original'> & { unit: string },
  claim: Pick<Claim, 'per' | 'period' | 'value'>,
  perDay: boolean,
): string | null {
  if (entry.cannotNormalise) return null;
  const converted = entry.explanations.length > (claim.value.approximate && claim.value.low === claim.value.high ? 1 : 0);
  if (!converted) return null;
  const onFooting = formatInterval(entry.interval, entry.unit);
  if (entry.explanations.some((x) => x.includes('is a floor for the whole')))
    return `a part of what is compared here, so a floor: ${onFooting}`;
  if (entry.explanations.some((x) => x.includes('is a ceiling for the part')))
    return `the whole of what is compared here, so a ceiling: ${onFooting}`;
  if (perDay && claim.per !== 'day' && claim.period) {
    const days = inclusiveDayCount(claim.period);
    if (typeof days === 'number') return `≈ ${onFooting} if spread evenly over ${days === 1 ? '1 day' : `${days} days`}`;
  }
  return `read as ${onFooting} here`;
}
