// The sources page's list: the busiest sources first.
import type { SourceProfile } from '../analysis-types';
import { sourceName } from '../lookups';
import type { Source } from '../schema';

/** Profiles by figures made, most first, ties by source name in the reader's alphabetical order (localeCompare); the input is left as it was. */
export function profilesByFiguresMade(profiles: readonly SourceProfile[], sources: ReadonlyMap<string, Source>): SourceProfile[] {
  return [...profiles].sort((a, b) => b.made - a.made || sourceName(sources, a.sourceId).localeCompare(sourceName(sources, b.sourceId)));
}
