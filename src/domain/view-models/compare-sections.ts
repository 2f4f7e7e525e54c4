// The compare page's list of figures: its sections by source or by date, and the voices named under each figure.
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import { compareStrings } from '../compare-strings';
import { claimDate, groupClaims } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';

/** One heading of the compare page's list, with the group's entries under it. */
export interface CompareSection {
  key: string;
  title: string;
  entries: ComparedClaim[];
}

const UNKNOWN = 'unknown';

/** Sections of a group's entries: by source in groupClaims' order, or by date stated, else the report's date (said so in the title), oldest first with "Date unknown" last; an entry whose claim the index lacks is left out. */
export function sectionsOf(group: ComparisonGroup, by: 'source' | 'date', index: DatasetIndex): CompareSection[] {
  const entries = new Map(group.entries.map((e) => [e.claimId, e]));
  const claims = group.entries.map((e) => index.claims.get(e.claimId)).filter((c) => c !== undefined);
  if (by === 'source') {
    return groupClaims(claims, 'source', index.sources).map((g) => ({
      key: g.key,
      title: g.label,
      entries: g.claimIds.map((id) => entries.get(id)).filter((e) => e !== undefined),
    }));
  }
  // By date: the date stated, or failing that the report's date, so undated claims still sit in time.
  const sections = new Map<string, CompareSection>();
  for (const claim of claims) {
    const when = claimDate(claim, index.articles);
    const key = when ? `${when.date}|${when.basis}` : UNKNOWN;
    const title = when
      ? when.basis === 'stated'
        ? when.date
        : `${when.date}, date of the report (when it was said is not stated)`
      : 'Date unknown';
    const section = sections.get(key) ?? { key, title, entries: [] };
    const entry = entries.get(claim.id);
    if (entry) section.entries.push(entry);
    sections.set(key, section);
  }
  // Keys are ISO dates with an ASCII basis: code-unit order is date order.
  return [...sections.values()].sort((a, b) => (a.key === UNKNOWN ? 1 : b.key === UNKNOWN ? -1 : compareStrings(a.key, b.key)));
}

/** The voices the engine listed (it keeps the first dozen) by name, with the rest counted: "Airwars, SOHR and 3 more". */
export function voiceList(ids: readonly string[], count: number, index: Pick<DatasetIndex, 'sources'>): string {
  const names = ids.map((v) => sourceName(index.sources, v)).join(', ');
  return count > ids.length ? `${names} and ${(count - ids.length).toLocaleString('en-GB')} more` : names;
}

/** How many figures the list shows at first, and how many more each "Show more" adds: enough for every group of real
 * reporting, few enough that a group of 10,000 figures draws at once. */
export const FIGURES_PER_PAGE = 100;

/**
 * The first `limit` entries of the sections in order, each section cut where the limit falls (sections left empty are
 * dropped): the sections of a list shown a page at a time.
 *
 * Worked example: sections of 3 and 2 entries, limit 4 → the first section whole, the second with 1 entry.
 */
export function firstFigures(sections: readonly CompareSection[], limit: number): CompareSection[] {
  const out: CompareSection[] = [];
  let left = Math.max(0, limit);
  for (const section of sections) {
    const shown = section.entries.slice(0, left);
    left -= shown.length;
    if (shown.length > 0) out.push(shown.length === section.entries.length ? section : { ...section, entries: shown });
  }
  return out;
}
