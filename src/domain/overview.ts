// What the landing view and the filter bar show: ranked groups as headers with a small chart each, built where the data
// lives so that only this (not every entry of every group) crosses to the page.
import type { ComparedClaim, ComparisonGroup } from './analysis-types';
import { entryStatuses, toChartRows, withTips, type ChartModel, type RowStatus } from './chart-rows';
import { CARDS_PER_PAGE } from './card-pages';
import { overlaps } from './interval';
import { claimantName, type DatasetIndex } from './lookups';
import type { Claim, Dataset } from './schema';
import { rangeRowTip } from './view-models/mark-tip';
import { datedFigures, verdictOf, type DatedFigure, type Verdict } from './view-models/verdict';

/** One ranked group as the landing view lists it: its header and one-line summary. A contested group's card (verdict and
 * chart) is made apart, only for the cards on screen (`OverviewCard`). */
export interface OverviewGroup {
  id: string;
  label: string;
  unit: string;
  voiceCount: number;
  figureCount: number;
  summary: string;
  context: boolean;
  /** Two or more independent voices give figures on it, and it is not background: it has a card. */
  contested: boolean;
  /** Two independent voices give figures that cannot both be true. */
  conflicting: boolean;
  /** contradicts, agree (bounded figures overlap), compatible (nothing conflicts, nothing confirms), alone. */
  status: 'contradicts' | 'agree' | 'compatible' | 'alone';
}

/** What a contested group's card adds to its header: the verdict and a small chart. */
export interface OverviewCard {
  id: string;
  /** The plain headline, the technical form and why they may differ (without changes of control: the page adds those from `dated`). */
  verdict: Verdict;
  /** The dated figures, for the change-of-control reasons. */
  dated: DatedFigure[];
  /** A chart of at most CARD_CHART_ROWS figures. */
  chart: ChartModel;
}

export interface Overview {
  /** Claims that pass the filters. */
  claimCount: number;
  /** The news reports those claims come from. */
  articleCount: number;
  /** Ranked most to least contested; context groups last. */
  groups: OverviewGroup[];
  /** The cards of the first contested groups (the landing page's first screenful), so it draws from one answer. */
  cards: OverviewCard[];
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

function isContested(group: ComparisonGroup): boolean {
  return !group.context && group.voiceCount >= 2;
}

/** A contested group's card: its verdict, the dated figures its reasons check, and its chart (each mark with its tooltip,
 * since the page receives only this, not the records behind it). Null for a group with no card. Groups above the
 * pair-list limit need no per-entry evidence: their chart statuses come from overlapStatuses. */
export function overviewCard(group: ComparisonGroup, index: DatasetIndex): OverviewCard | null {
  if (!isContested(group)) return null;
  return {
    id: group.id,
    verdict: verdictOf(group, index),
    dated: datedFigures(
      group.entries
        .slice(0, DATED_LIMIT)
        .map((e) => index.claims.get(e.claimId))
        .filter((c): c is Claim => c !== undefined),
      index,
    ),
    chart: withTips(
      toChartRows(group, (id) => claimantName(index, id), CARD_CHART_ROWS, group.pairsOmitted ? overlapStatuses : entryStatuses),
      rangeRowTip(index),
    ),
  };
}

export interface OverviewOptions {
  /** How many contested groups get their card (the rest wait until the page asks for them). */
  cards?: number;
  /** Makes a group's card: a caller that keeps the cards of groups it judged before gives those back. */
  cardOf?: (group: ComparisonGroup, index: DatasetIndex) => OverviewCard | null;
}

/**
 * The landing view of ranked groups over a (filtered) dataset: every group's header, and the cards of the first `cards`
 * contested groups. Wording a verdict is most of the work, so the rest wait until the page asks for them.
 */
export function toOverview(
  dataset: Dataset,
  groups: readonly ComparisonGroup[],
  index: DatasetIndex,
  { cards = CARDS_PER_PAGE, cardOf = overviewCard }: OverviewOptions = {},
): Overview {
  const headers = groups.map((group): OverviewGroup => ({
    id: group.id,
    label: group.label,
    unit: group.unit,
    voiceCount: group.voiceCount,
    figureCount: group.entries.length,
    summary: group.summary,
    context: group.context,
    contested: isContested(group),
    conflicting: group.disjointIndependentPairs > 0,
    status: group.spread.kind === 'spread' ? group.spread.verdict : 'alone',
  }));
  const first = groups
    .filter(isContested)
    .slice(0, cards)
    .map((group) => cardOf(group, index))
    .filter((card) => card !== null);
  // The reports these figures come from: a filter keeps every article, and "10 figures from 5 reports" must not count
  // reports none of the 10 is from.
  const articleCount = new Set(dataset.claims.map((c) => c.articleId)).size;
  return { claimCount: dataset.claims.length, articleCount, groups: headers, cards: first };
}
