// The CSV of a view: the claims it shows, each with its figure as written, its bounds, its value on the group's footing,
// its status against the other sources, the analyst's grades and the reading of any vague word. Formula-safe.
import { unparse } from 'papaparse';
import type { ComparedClaim, ComparisonGroup } from '../analysis-types';
import { entryStatuses, type RowStatus } from '../chart-rows';
import { BOM, formulaGuard } from '../csv';
import { formatInterval } from '../format';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, isCredibilityGrade, isReliabilityGrade } from '../grades';
import { sourceName, type DatasetIndex } from '../lookups';

/** How a figure stands against the other sources' figures, in the words the exports use. */
export type ClaimStatus = 'contradicts' | 'corroborates' | 'compatible' | 'alone' | 'not compared';

const STATUS_WORD: Record<RowStatus, ClaimStatus> = {
  disjoint: 'contradicts',
  overlap: 'corroborates',
  compatible: 'compatible',
  alone: 'alone',
};

/** The status of each entry of a group from the engine's evidence; a figure that could not be put on the group's footing is "not compared". */
export function claimStatuses(group: ComparisonGroup, entries: readonly ComparedClaim[] = group.entries): Map<string, ClaimStatus> {
  const statuses = entryStatuses(group, entries);
  return new Map(entries.map((e) => [e.claimId, e.cannotNormalise ? 'not compared' : STATUS_WORD[statuses.get(e.claimId) ?? 'alone']]));
}

/** A stored grade as the export reads it: anything outside the scale is ignored, never guessed at. */
export interface StoredGrade {
  grade: string | number;
  reason: string;
}

/** The analyst's grades of the view's dataset (empty on the published dataset). */
export interface ViewGrades {
  sources: ReadonlyMap<string, StoredGrade>;
  claims: ReadonlyMap<string, StoredGrade>;
}

export const NO_VIEW_GRADES: ViewGrades = { sources: new Map(), claims: new Map() };

export const VIEW_CSV_COLUMNS = [
  'measure compared',
  'claim id',
  'claimant',
  'outlet',
  'as written',
  'low',
  'high',
  'low inclusive',
  'high inclusive',
  'approximate',
  'interpretation',
  'compared as',
  'compared low',
  'compared high',
  'compared unit',
  'how it was converted',
  'status',
  'your credibility grade',
  'credibility reason',
  'your reliability grade for the claimant',
  'reliability reason',
  'stated on',
  'period from',
  'period to',
  'place',
  'quote',
  'article',
  'published',
  'article url',
] as const;

function credibilityText(g: StoredGrade | undefined): string {
  return g && isCredibilityGrade(g.grade) ? `${g.grade}: ${CREDIBILITY_LABELS[g.grade]}` : '';
}

function reliabilityText(g: StoredGrade | undefined): string {
  return g && isReliabilityGrade(g.grade) ? `${g.grade}: ${RELIABILITY_LABELS[g.grade]}` : '';
}

/** One row a view shows: a claim as its group compares it. */
export interface ViewCsvRow {
  group: ComparisonGroup;
  entry: ComparedClaim;
  status: ClaimStatus;
}

/** The rows of the groups a view shows, each entry with its status within its own group, in the groups' order. */
export function viewRows(groups: readonly ComparisonGroup[]): ViewCsvRow[] {
  return groups.flatMap((group) => {
    const statuses = claimStatuses(group);
    return group.entries.map((entry) => ({ group, entry, status: statuses.get(entry.claimId) ?? 'alone' }));
  });
}

/** The CSV of a view: one row per claim shown, BOM first, CRLF lines, formulae neutralised; unknown records fall back to ids. */
export function toViewCsv(rows: readonly ViewCsvRow[], index: DatasetIndex, grades: ViewGrades = NO_VIEW_GRADES): string {
  const name = (id: string) => sourceName(index.sources, id);
  const data = rows.map(({ group, entry, status }) => {
    const c = index.claims.get(entry.claimId);
    const article = c ? index.articles.get(c.articleId) : undefined;
    const compared = entry.cannotNormalise === null;
    return [
      group.label,
      entry.claimId,
      name(entry.claimantId),
      c ? name(c.outletId) : '',
      c?.value.asWritten ?? '',
      c?.value.low ?? '',
      c?.value.high ?? '',
      c?.value.lowInclusive ?? '',
      c?.value.highInclusive ?? '',
      c?.value.approximate ?? '',
      entry.interpretation?.reading ?? '',
      compared ? formatInterval(entry.interval, entry.unit) : '',
      compared ? (entry.interval.low ?? '') : '',
      compared ? (entry.interval.high ?? '') : '',
      compared ? entry.unit : '',
      compared ? entry.explanations.join('; ') : (entry.cannotNormalise?.reason ?? ''),
      status,
      credibilityText(grades.claims.get(entry.claimId)),
      grades.claims.get(entry.claimId)?.reason ?? '',
      reliabilityText(grades.sources.get(entry.claimantId)),
      grades.sources.get(entry.claimantId)?.reason ?? '',
      c?.statedOn ?? '',
      c?.period?.from ?? '',
      c?.period?.to ?? '',
      c?.place ?? '',
      c?.quote ?? '',
      article?.title ?? c?.articleId ?? '',
      article?.publishedAt ?? '',
      article?.url ?? '',
    ];
  });
  return BOM + unparse({ fields: [...VIEW_CSV_COLUMNS], data }, { escapeFormulae: formulaGuard(), newline: '\r\n' });
}
