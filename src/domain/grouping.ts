// Groupings of claims for the views: by source, outlet, source kind, alignment, date stated, period.
import { compareStrings } from './compare-strings';
import { sourceName } from './lookups';
import { articleDate } from './article-date';
import type { Article, Claim, Source } from './schema';

type GroupingKey = 'source' | 'outlet' | 'kind' | 'alignment' | 'statedOn' | 'period';

interface ClaimGroup {
  /** Stable key of the group (an id, a kind, a date, a YYYY-MM month, or "undated"/"no-period"). */
  key: string;
  label: string;
  claimIds: string[];
}

const UNDATED_KEY = 'undated';
const NO_PERIOD_KEY = 'no-period';
const UNKNOWN_KEY = 'unknown';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2016-03" → "March 2016"; anything else is returned unchanged. */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && name ? `${name} ${m[1]}` : month;
}

/** Key and label of one claim under a grouping; a missing source falls in "unknown", a null statedOn in "undated", a null period in "no-period". */
function groupKeyOf(claim: Claim, by: GroupingKey, sources: ReadonlyMap<string, Source>): { key: string; label: string } {
  switch (by) {
    case 'source': {
      return { key: claim.claimantId, label: sourceName(sources, claim.claimantId) };
    }
    case 'outlet': {
      return { key: claim.outletId, label: sourceName(sources, claim.outletId) };
    }
    case 'kind': {
      const kind = sources.get(claim.claimantId)?.kind ?? UNKNOWN_KEY;
      return { key: kind, label: kind };
    }
    case 'alignment': {
      const a = sources.get(claim.claimantId)?.alignment ?? UNKNOWN_KEY;
      return { key: a, label: a };
    }
    case 'statedOn':
      return claim.statedOn ? { key: claim.statedOn, label: claim.statedOn } : { key: UNDATED_KEY, label: 'Undated' };
    case 'period': {
      if (!claim.period) return { key: NO_PERIOD_KEY, label: 'No period stated' };
      const month = claim.period.from.slice(0, 7);
      return { key: month, label: monthLabel(month) };
    }
  }
}

const LAST_KEYS = new Set([UNDATED_KEY, NO_PERIOD_KEY, UNKNOWN_KEY]);

/** Groups claims under a grouping: names/kinds/alignments by label, dates and months in time order, the undated / no-period / unknown group last; claims inside by statedOn (undated last) then id. */
export function groupClaims(
  claims: readonly Claim[],
  by: GroupingKey,
  sources: readonly Source[] | ReadonlyMap<string, Source>,
): ClaimGroup[] {
  const byId: ReadonlyMap<string, Source> =
    sources instanceof Map ? sources : new Map((sources as readonly Source[]).map((s) => [s.id, s]));
  const groups = new Map<string, ClaimGroup>();
  const ordered = [...claims].sort((a, b) => {
    if (a.statedOn !== b.statedOn) {
      if (a.statedOn === null) return 1;
      if (b.statedOn === null) return -1;
      return compareStrings(a.statedOn, b.statedOn);
    }
    return compareStrings(a.id, b.id);
  });
  for (const c of ordered) {
    const { key, label } = groupKeyOf(c, by, byId);
    const g = groups.get(key) ?? { key, label, claimIds: [] };
    g.claimIds.push(c.id);
    groups.set(key, g);
  }
  const timeOrdered = by === 'statedOn' || by === 'period';
  return [...groups.values()].sort((a, b) => {
    const la = LAST_KEYS.has(a.key);
    const lb = LAST_KEYS.has(b.key);
    if (la !== lb) return la ? 1 : -1;
    if (timeOrdered) return compareStrings(a.key, b.key);
    return compareStrings(a.label.toLowerCase(), b.label.toLowerCase()) || compareStrings(a.key, b.key);
  });
}

interface ClaimDate {
  date: string;
  /** 'stated' when the claim says when it was said; 'reported' when only the article's publication date is known. */
  basis: 'stated' | 'reported';
}

/**
 * When a claim was made: its statedOn, else its article's publication date (marked 'reported'); null when neither is known.
 * An undated article's access date is not used: the day it was read says nothing about when the claim was made.
 */
export function claimDate(
  claim: Claim,
  articles: ReadonlyMap<string, Pick<Article, 'publishedAt'> & { accessedOn?: string | null }>,
): ClaimDate | null {
  if (claim.statedOn) return { date: claim.statedOn, basis: 'stated' };
  const article = articles.get(claim.articleId);
  if (!article) return null;
  const { date, basis } = articleDate(article);
  return basis === 'published' ? { date, basis: 'reported' } : null;
}
