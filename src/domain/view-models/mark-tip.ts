// What a chart mark says when it is hovered or focused: the figure as written, who said it, who reported it, when, how it was
// read, and how it stands against the others. Built where the records are, so a chart only renders it.
import type { RangeRow, RowStatus } from '../chart-rows';
import { claimDate } from '../grouping';
import { sourceName, type DatasetIndex } from '../lookups';
import type { Claim } from '../schema';

export interface MarkTip {
  claimId: string;
  /** Who gave the figure. */
  claimant: string;
  /** The figure as the article writes it, in quotation marks. */
  figure: string;
  /** The figure on the chart's footing, when that differs from the words ("more than 64 raids a day"). */
  compared: string | null;
  /** Who reported it, and through whom. */
  outlet: string;
  /** When it was said, or the report's date when that is not stated. */
  date: string;
  /** How a vague word was read ("'dozens' read as at least 24"), if one was. */
  interpretation: string | null;
  /** How it stands against the other sources, in words. */
  status: string;
}

/** A row status in words, as the compare page's badges say it. */
export const STATUS_WORDS: Record<RowStatus, string> = {
  disjoint: 'Contradicted by another source',
  overlap: 'Corroborated by another source',
  compatible: 'Not contradicted, not confirmed',
  alone: 'No other source to compare',
};

/** The date line of a claim: stated (and whether inferred), or the report's date when it is not stated; neither → "Date unknown". */
export function dateLine(claim: Claim, index: DatasetIndex): string {
  const when = claimDate(claim, index.articles);
  if (!when) return 'Date unknown';
  if (when.basis === 'reported') return `Reported ${when.date}; when it was said is not stated`;
  return `Stated ${when.date}${claim.statedOnInferred ? ' (inferred from the report)' : ''}`;
}

/** The tooltip of one claim's mark; `compared` is left out when it only repeats the words as written. */
export function markTipOf(claim: Claim, index: DatasetIndex, status: string, compared: string | null = null): MarkTip {
  const via = claim.via.length > 0 ? ` via ${claim.via.map((v) => sourceName(index.sources, v)).join(', ')}` : '';
  const figure = `“${claim.value.asWritten}”`;
  return {
    claimId: claim.id,
    claimant: sourceName(index.sources, claim.claimantId),
    figure,
    compared: compared !== null && compared.trim() !== '' && compared !== claim.value.asWritten ? compared : null,
    outlet: `Reported by ${sourceName(index.sources, claim.outletId)}${via}`,
    date: dateLine(claim, index),
    interpretation: claim.value.interpretation?.reading ?? null,
    status,
  };
}

/** The tooltip as the lines it is shown in: name and figure first, then the rest. */
export function tipLines(tip: MarkTip): string[] {
  return [
    `${tip.claimant}: ${tip.figure}`,
    ...(tip.compared ? [`Compared as ${tip.compared}`] : []),
    tip.outlet,
    tip.date,
    ...(tip.interpretation ? [`Read as: ${tip.interpretation}`] : []),
    tip.status,
  ];
}

/** Lines as one passage, each ending in a full stop, for the live region a screen reader announces. */
export function passage(lines: readonly string[]): string {
  return lines.map((line) => (/[.!?]$/.test(line) ? line : `${line}.`)).join(' ');
}

/** The tooltip as one passage. */
export function tipText(tip: MarkTip): string {
  return passage(tipLines(tip));
}

/** The tooltip maker for a range chart's rows: the claim's record, the row's status in words and its figure on the chart's footing; a claim the index lacks gets none. */
export function rangeRowTip(index: DatasetIndex): (row: Pick<RangeRow, 'claimId' | 'status' | 'text'>) => MarkTip | null {
  return (row) => {
    const claim = index.claims.get(row.claimId);
    return claim ? markTipOf(claim, index, STATUS_WORDS[row.status], row.text) : null;
  };
}

/** What a chart needs to make a mark explorable: the claim it opens, its accessible name and its tooltip's lines. */
export interface MarkView {
  claimId: string | null;
  name: string;
  lines: string[];
}

/** A range row as an explorable mark: named by who and what figure and how it stands; its tooltip, or, without one, the same three facts. */
export function markOfRow(row: Pick<RangeRow, 'claimId' | 'label' | 'text' | 'status' | 'tip'>): MarkView {
  const status = STATUS_WORDS[row.status];
  return {
    claimId: row.claimId,
    name: `${row.label}: ${row.text}. ${status}`,
    lines: row.tip ? tipLines(row.tip) : [row.label, row.text, status],
  };
}
