// What the landing view and the filter bar show: ranked groups as headers with a small chart each, built where the data
// lives so that only this (not every entry of every group) crosses to the page.
import type { ComparedClaim, ComparisonGroup } from './analysis-types';
import { entryStatuses, toChartRows, withTips, type ChartModel, type RowStatus } from './chart-rows';
import { overlaps } from './interval';
import { claimantName, type DatasetIndex } from './lookups';
import type { Claim, Dataset } from './schema';
import { rangeRowTip } from './view-models/mark-tip';
import { datedFigures, headlineOf, verdictOf, type DatedFigure, type Verdict } from './view-models/verdict';

/** One ranked group as the landing view shows it. */
export interface OverviewGroup {
  id: string;
  label: string;
  unit: string;
  voiceCount: number;
  figureCount: number;
  /** The plain headline, the technical form and why they may differ (without changes of control: the page adds those from `dated`). */
  verdict: Verdict;
  /** The dated figures of a contested group, for the change-of-control reasons; empty otherwise. */
  dated: DatedFigure[];
  summary: string;
  context: boolean;
  /** Two independent voices give figures that cannot both be true. */
  conflicting: boolean;
  /** contradicts, agree (bounded figures overlap), compatible (nothing conflicts, nothing confirms), alone. */
  status: 'contradicts' | 'agree' | 'compatible' | 'alone';
  /** A chart of at most CARD_CHART_ROWS figures for contested groups; null for groups listed as one line. */
  chart: ChartModel | null;
}

export interface Overview {
  /** Claims that pass the filters. */
  claimCount: number;
  articleCount: number;
  /** Ranked most to least contested; context groups last. */
  groups: OverviewGroup[];
}

/** A card checks changes of control against at most this many of its figures. */
const DATED_LIMIT = 40;

/** A landing card's chart draws at most this many figures, the extremes first. */
export const CARD_CHART_ROWS = 12;

/** Statuses of some entries by direct overlap with the other voices' figures (O(entries × group)); the same as entryStatuses on a fully analysed large group, whose evidence ignores periods, and usable when that evidence was not built. */
export function overlapStatuses(group: ComparisonGroup, entries: readonly ComparedClaim[]): Map<string, RowStatus> {
  const usable = group.entries.filter((e) => e.cannotNormalise === null);
  const voices = new Set(usable.map((e) => e.voiceId));
  const statuses = new Map<string, RowStatus>();
  for (const entry of entries) {
    let status: RowStatus = voices.size > 1 ? 'compatible' : 'alone';
    for (const other of usable) {
      if (other.voiceId === entry.voiceId) continue;
      if (!overlaps(other.interval, entry.interval)) {
        status = 'disjoint';
        break;
      }
      if (entry.firm && other.firm) status = 'overlap';
    }
    statuses.set(entry.claimId, status);
  }
  return statuses;
}

/** The landing view of ranked groups over a (filtered) dataset; groups above the pair-list limit need no per-entry evidence, since their chart statuses come from overlapStatuses. */
export function toOverview(dataset: Dataset, groups: readonly ComparisonGroup[], index: DatasetIndex): Overview {
  return {
    claimCount: dataset.claims.length,
    articleCount: dataset.articles.length,
    groups: groups.map((group) => {
      const contested = !group.context && group.voiceCount >= 2;
      return {
        id: group.id,
        label: group.label,
        unit: group.unit,
        voiceCount: group.voiceCount,
        figureCount: group.entries.length,
        verdict: contested
          ? verdictOf(group, index)
          : { status: group.context ? 'context' : 'alone', headline: headlineOf(group, index), technical: '', why: [] },
        dated: contested
          ? datedFigures(
              group.entries
                .slice(0, DATED_LIMIT)
                .map((e) => index.claims.get(e.claimId))
                .filter((c): c is Claim => c !== undefined),
              index,
            )
          : [],
        summary: group.summary,
        context: group.context,
        conflicting: group.disjointIndependentPairs > 0,
        status: group.spread.kind === 'spread' ? group.spread.verdict : 'alone',
        // Each mark carries its tooltip: the page receives only this overview, not the records behind it.
        chart: contested
          ? withTips(
              toChartRows(group, (id) => claimantName(index, id), CARD_CHART_ROWS, group.pairsOmitted ? overlapStatuses : entryStatuses),
              rangeRowTip(index),
            )
          : null,
      };
    }),
  };
}
