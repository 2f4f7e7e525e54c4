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
