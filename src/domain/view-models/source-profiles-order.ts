// The sources page's list: the busiest sources first.
import type { SourceProfile } from '../analysis-types';
import { sourceName } from '../lookups';
import type { Source } from '../schema';

/** Profiles by figures made, most first, ties by source name in the reader's alphabetical order (localeCompare); the input is left as it was. */
export function profilesByFiguresMade(profiles: readonly SourceProfile[], sources: ReadonlyMap<string, Source>): SourceProfile[] {
  return [...profiles].sort((a, b) => b.made - a.made || sourceName(sources, a.sourceId).localeCompare(sourceName(sources, b.sourceId)));
}

/** A profile as the sources page lists it: the counts, and how many measures its distances cover (the distances
 * themselves, one sentence per contested measure, are asked for when the reader opens them). */
export type SourceProfileView = Omit<SourceProfile, 'claimIds' | 'distances'> & { distanceCount: number };

/** Worked example: a profile with 3 claim ids and 2 distances → the same counts, no claim ids, distanceCount 2. */
export function profileView({ claimIds: _ids, distances, ...counts }: SourceProfile): SourceProfileView {
  return { ...counts, distanceCount: distances.length };
}

/** One card of the sources page: the source as recorded, and its profile. */
export interface SourceCardView {
  source: Source;
  profile: SourceProfileView;
}

/** The sources page's list in its order, each profile with its source; a profile whose source is not in the records is
 * left out (nothing could name it). */
export function sourceCards(profiles: readonly SourceProfile[], sources: ReadonlyMap<string, Source>): SourceCardView[] {
  return profilesByFiguresMade(profiles, sources).flatMap((p) => {
    const source = sources.get(p.sourceId);
    return source ? [{ source, profile: profileView(p) }] : [];
  });
}

/** How many cards the sources page shows at first, and adds each time the reader asks for more. */
export const SOURCE_PAGE_SIZE = 30;

/** The first `count` cards, as many as the page shows: at least one page, counted in whole pages.
 * Worked example: 70 cards, count 31 → the first 60; count 0 → the first 30. */
export function firstPages<T>(cards: readonly T[], count: number): T[] {
  const pages = Math.max(1, Math.ceil(count / SOURCE_PAGE_SIZE));
  return cards.slice(0, pages * SOURCE_PAGE_SIZE);
}
