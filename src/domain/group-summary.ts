// A group's one-line summary: who said what, first as said, then on the group's footing.
import { compareStrings } from './compare-strings';
import type { EngineComparedClaim } from './engine-group';
import { figureAsSaidParts, footingNote } from './figure-text';
import { formatInterval } from './format';
import { sourceName } from './lookups';
import type { Claim, Measure, Source } from './schema';

/** What a summary looks up: names, the claims as said, their measures, and whether the group is per day. */
interface SummaryLookups {
  sources: ReadonlyMap<string, Source>;
  claimsById: ReadonlyMap<string, Claim>;
  measures: ReadonlyMap<string, Measure>;
  perDay: boolean;
  /** Each entry's text by claim id, kept between summaries of the same entries on the same footing (a filter change
   * summarises most groups again from the same figures). */
  texts?: Map<string, string>;
}

/** One summary line, one entry per voice ordered by highest lower bound, each figure first as said and then, when converted, on the group's footing: "Palmyra Revolution Coordination: “More than 900” raids (≈ more than about 64 raids a day if spread evenly over 14 days); Russian Defence Ministry: “20 to 25” sorties a day"; past four voices it keeps the two highest and two lowest and counts the rest. */
export function summarise(entries: readonly EngineComparedClaim[], lookups: SummaryLookups): string {
  const { sources, texts } = lookups;
  const byVoice = new Map<string, { entries: EngineComparedClaim[]; key: number }>();
  for (const e of entries) {
    let v = byVoice.get(e.voiceId);
    if (!v) {
      v = { entries: [], key: Number.NEGATIVE_INFINITY };
      byVoice.set(e.voiceId, v);
    }
    v.entries.push(e);
    if (!e.cannotNormalise) v.key = Math.max(v.key, e.interval.low ?? Number.NEGATIVE_INFINITY);
  }
  const names = new Map<string, string>();
  const nameOf = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = sourceName(sources, id);
      names.set(id, name);
    }
    return name;
  };
  const order = [...byVoice.entries()].sort((a, b) => b[1].key - a[1].key || compareStrings(nameOf(a[0]), nameOf(b[0])));
  // One line stays one line: the highest and the lowest voices, with a count of those in between; only they are formatted.
  const half = MAX_SUMMARY_VOICES / 2;
  const shown = order.length <= MAX_SUMMARY_VOICES ? order : [...order.slice(0, half), ...order.slice(-half)];
  const part = ([voice, v]: (typeof order)[number]): string => {
    const figures: string[] = [];
    let only: string | null = v.entries[0]?.claimantId ?? null;
    for (const e of v.entries) {
      let text = texts?.get(e.claimId);
      if (text === undefined) {
        text = entryText(e, lookups);
        texts?.set(e.claimId, text);
      }
      if (!figures.includes(text)) figures.push(text);
      if (e.claimantId !== only) only = null;
    }
    const label = only !== null && only !== voice ? `${nameOf(only)}, ${nameOf(voice)}` : nameOf(voice);
    const list =
      figures.length > MAX_SUMMARY_FIGURES
        ? `${figures.slice(0, MAX_SUMMARY_FIGURES).join(' and ')} and ${figures.length - MAX_SUMMARY_FIGURES} more`
        : figures.join(' and ');
    return `${label}: ${list}`;
  };
  if (order.length <= MAX_SUMMARY_VOICES) return shown.map(part).join('; ');
  return [
    ...shown.slice(0, half).map(part),
    `${order.length - MAX_SUMMARY_VOICES} more sources in between`,
    ...shown.slice(half).map(part),
  ].join('; ');
}

/** One figure as a summary gives it: as said, then on the group's footing when converted, or why it is not compared. */
function entryText(e: EngineComparedClaim, { claimsById, measures, perDay }: SummaryLookups): string {
  const claim = claimsById.get(e.claimId);
  const { words, aside } = claim
    ? figureAsSaidParts(claim, measures.get(claim.measureId), e.original)
    : { words: formatInterval(e.original, e.unit), aside: null };
  const note = e.cannotNormalise
    ? `not compared: ${e.cannotNormalise.reason.replace(/^no period is stated.*$/, 'no period stated')}`
    : claim
      ? footingNote(e, claim, perDay)
      : null;
  // One pair of brackets: “a number of” sites (read as at least 2; a part of what is compared here, …).
  const asides = [aside, note].filter((a) => a !== null);
  return asides.length === 0 ? words : `${words} (${asides.join('; ')})`;
}

/** A summary names at most this many voices (the highest and lowest), and this many figures per voice. */
export const MAX_SUMMARY_VOICES = 4;
export const MAX_SUMMARY_FIGURES = 2;
