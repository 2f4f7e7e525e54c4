// The landing view of the published dataset, unfiltered, made at build time from the sealed files: the app shows it as
// soon as those files are in and sealed, instead of preparing and ranking every group before the first card.
import { prepareGroups, rankPrepared } from './analyse';
import { filterOptions, type FilterOptions } from './filter';
import { indexDataset } from './lookups';
import { toOverview, type Overview } from './overview';
import type { Dataset } from './schema';

export { FIRST_VIEW_FILE } from './checked-files-name';

/** What the landing view and the filter bar need with no filter set: the same answer the data service gives. */
export interface FirstView {
  overview: Overview;
  options: FilterOptions;
  totalClaims: number;
}

/** The unfiltered overview and filter choices, made as the data service makes them for its first question. */
export function firstView(dataset: Dataset): FirstView {
  const { groups } = rankPrepared(prepareGroups(dataset), null);
  return {
    overview: toOverview(dataset, groups, indexDataset(dataset)),
    options: filterOptions(dataset),
    totalClaims: dataset.claims.length,
  };
}
