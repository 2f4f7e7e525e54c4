// Scores the figure finder and the claim suggestions against gold figures: recall, precision, intervals read exactly,
// claimant and measure suggestions. Used by `npm run bench:finder` on the shipped dataset and on the bench corpus.
import { findFigures, type FigureCandidate } from '../../src/domain/figure-finder';
import type { FinderLanguage } from '../../src/domain/finder-languages';
import type { Claim, ClaimValue, Measure, Source } from '../../src/domain/schema';
import { suggestClaim, type ClaimSuggestion } from '../../src/domain/suggest/suggest-claim';
import { wordsByMeasure } from '../../src/domain/suggest/measure';

export interface GoldFigure {
  /** Offsets of the figure words in the article. */
  start: number;
  end: number;
  asWritten: string;
  value: Pick<ClaimValue, 'low' | 'high' | 'lowInclusive' | 'highInclusive' | 'approximate'>;
  /** Source id of the claimant; for a source the workspace does not hold, 'new:' and its name. */
  claimant: string;
  /** The figure is attributed to someone other than the outlet. */
  attributed: boolean;
  /** Measure id (shipped dataset only). */
  measureId?: string;
}

export interface GoldArticle {
  id: string;
  text: string;
  outletId: string;
  // Null for an article with no date printed: relative days are then not read.
  date: string | null;
  language: FinderLanguage;
  place: string;
  figures: GoldFigure[];
}

export interface Score {
  n: number;
  d: number;
}

export interface CorpusResult {
  articles: number;
  recall: Score;
  precision: Score;
  intervals: Score;
  claimant: Score;
  claimantAttributed: Score;
  measure: Score | null;
  misses: string[];
  falsePositives: string[];
  wrongIntervals: string[];
  wrongClaimants: string[];
  wrongMeasures: string[];
}

function overlaps(c: FigureCandidate, g: GoldFigure): boolean {
  return c.start < g.end && g.start < c.end;
}

function sameInterval(c: FigureCandidate, g: GoldFigure): boolean {
  const a = c.value;
  const b = g.value;
  return a.low === b.low && a.high === b.high && a.lowInclusive === b.lowInclusive && a.highInclusive === b.highInclusive;
}

export function interval(v: GoldFigure['value']): string {
  const low = v.low === null ? '(−∞' : `${v.lowInclusive ? '[' : '('}${v.low}`;
  const high = v.high === null ? '∞)' : `${v.high}${v.highInclusive ? ']' : ')'}`;
  return `${low}, ${high}${v.approximate ? ' ≈' : ''}`;
}

function stem(word: string): string {
  const w = word.toLowerCase().split(/\s+/)[0] ?? '';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function normalName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(the|a|an|le|la|les|l’|l'|el|los|las|o|os|a|as|un|une|una|um|uma|der|die|das|ein|eine)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function claimantRight(s: ClaimSuggestion, gold: string): boolean {
  const choice = s.claimant.choice;
  if (choice.kind === 'source') return choice.sourceId === gold;
  if (!gold.startsWith('new:')) return false;
  const want = normalName(gold.slice(4));
  const got = normalName(choice.name);
  return got === want || got.includes(want) || want.includes(got);
}

export interface EvaluateOptions {
  sources: readonly Source[];
  /** Measures and claims for the measure suggestion, held out article by article; omit to skip measure scoring. */
  measures?: readonly Measure[];
  claims?: readonly Claim[];
}

/** Runs the finder and the suggestions over every article and scores them against the gold figures. */
export function evaluate(articles: readonly GoldArticle[], { sources, measures, claims }: EvaluateOptions): CorpusResult {
  const r: CorpusResult = {
    articles: articles.length,
    recall: { n: 0, d: 0 },
    precision: { n: 0, d: 0 },
    intervals: { n: 0, d: 0 },
    claimant: { n: 0, d: 0 },
    claimantAttributed: { n: 0, d: 0 },
    measure: measures && claims ? { n: 0, d: 0 } : null,
    misses: [],
    falsePositives: [],
    wrongIntervals: [],
    wrongClaimants: [],
    wrongMeasures: [],
  };
  for (const article of articles) {
    const candidates = findFigures(article.text, { language: article.language });
    // Leave this article out: its claims and the measures only it uses are unknown when it is pasted.
    const otherClaims = (claims ?? []).filter((c) => c.articleId !== article.id);
    const usedElsewhere = new Set(otherClaims.map((c) => c.measureId));
    const knownMeasures = (measures ?? []).filter((m) => usedElsewhere.has(m.id));
    const context = {
      text: article.text,
      articleId: article.id,
      outletId: article.outletId,
      articleDate: article.date,
      language: article.language,
      sources,
      measures: knownMeasures,
      // The article's own claims are what the evaluation asks for, so none are recorded yet.
      claims: [],
      measureWords: wordsByMeasure(otherClaims),
      place: article.place,
    };
    for (const g of article.figures) {
      r.recall.d++;
      const near = candidates.filter((c) => overlaps(c, g));
      const hit = near.find((c) => sameInterval(c, g));
      if (near.length > 0) {
        r.intervals.d++;
        if (hit && hit.value.approximate === g.value.approximate) r.intervals.n++;
        else
          r.wrongIntervals.push(
            `  ${article.id} "${g.asWritten}" ${interval(g.value)} — read ${near.map((c) => `"${c.text}" ${interval(c.value)}`).join('; ')}`,
          );
      }
      if (!hit) {
        r.misses.push(
          `  ${article.id} "${g.asWritten}" ${interval(g.value)} — proposed ${near.length ? near.map((c) => `"${c.text}" ${interval(c.value)}`).join('; ') : 'nothing'}`,
        );
        continue;
      }
      r.recall.n++;
      const s = suggestClaim(hit, context);
      const right = claimantRight(s, g.claimant);
      r.claimant.d++;
      if (right) r.claimant.n++;
      if (g.attributed) {
        r.claimantAttributed.d++;
        if (right) r.claimantAttributed.n++;
      }
      if (!right) {
        const got = s.claimant.choice.kind === 'source' ? s.claimant.choice.sourceId : `new:${s.claimant.choice.name}`;
        r.wrongClaimants.push(`  ${article.id} "${g.asWritten}" — want ${g.claimant}, suggested ${got} (${s.claimant.why})`);
      }
      if (r.measure && g.measureId) {
        const gold = (measures ?? []).find((m) => m.id === g.measureId);
        const choice = s.measure.choice;
        const known = usedElsewhere.has(g.measureId);
        const ok = known
          ? choice.kind === 'measure' && choice.measureId === g.measureId
          : choice.kind === 'new' && gold !== undefined && stem(choice.unit) === stem(gold.unit);
        r.measure.d++;
        if (ok) r.measure.n++;
        else {
          const got = choice.kind === 'measure' ? choice.measureId : `new "${choice.label}" (${choice.unit})`;
          r.wrongMeasures.push(
            `  ${article.id} "${g.asWritten}" — want ${known ? g.measureId : `a new measure in ${gold?.unit ?? '?'}`}, suggested ${got}`,
          );
        }
      }
    }
    for (const c of candidates) {
      r.precision.d++;
      if (article.figures.some((g) => overlaps(c, g) && sameInterval(c, g))) r.precision.n++;
      else {
        const context = article.text.slice(Math.max(0, c.start - 30), Math.min(article.text.length, c.end + 30)).replace(/\s+/g, ' ');
        r.falsePositives.push(`  ${article.id} @${c.start} "${c.text}" ${interval(c.value)} — …${context}…`);
      }
    }
  }
  return r;
}

export function pct({ n, d }: Score): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}
