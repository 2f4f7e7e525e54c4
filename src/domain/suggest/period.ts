// The period a figure covers and the day it was stated, read from its sentence with chrono-node against the article's
// date (never the clock), with the words that gave them as evidence.
import * as chrono from 'chrono-node';
import type { FinderLanguage } from '../finder-languages';
import { sentenceSpan, type Span } from './text-spans';

export interface PeriodSuggestion {
  from: string;
  to: string;
  approximate: boolean;
  evidence: string;
  span: [number, number];
  why: string;
}

export interface StatedOnSuggestion {
  date: string;
  inferred: boolean;
  evidence: string;
  span: [number, number];
  why: string;
}

type Parser = { parse: typeof chrono.parse };

const PARSERS: Record<FinderLanguage, Parser | null> = {
  en: chrono.en.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
  de: chrono.de.casual,
  ar: null,
};

const DAY_MS = 86_400_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
  return iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

function addYears(isoDate: string, years: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return iso(d);
}

interface DateMention {
  start: number;
  end: number;
  text: string;
  from: string;
  to: string | null;
  /** The day is read from a weekday or a relative phrase, not printed. */
  inferred: boolean;
  /** The words right before it: "since", "in the past", "between 8 and". */
  before: string;
}

/** Dates mentioned in [start, end) of the text, resolved against the article's date; a date after it is moved a year back. */
export function datesIn(text: string, [start, end]: Span, articleDate: string, language: FinderLanguage = 'en'): DateMention[] {
  const parser = PARSERS[language] ?? PARSERS.en;
  if (!parser || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return [];
  const slice = text.slice(start, end);
  const instant = new Date(`${articleDate}T12:00:00Z`);
  let results: chrono.ParsedResult[] = [];
  try {
    results = parser.parse(slice, { instant, timezone: 0 }, { forwardDate: false });
  } catch {
    return [];
  }
  const mentions: DateMention[] = [];
  for (const found of results) {
    let r = found;
    let index = found.index;
    // "On 30 March, 40 raids": chrono reads the figure after the comma as a year; read the date without it.
    if (iso(r.start.date()) > articleDate && r.text.includes(',')) {
      const head = r.text.slice(0, r.text.lastIndexOf(','));
      const again = parser.parse(head, { instant, timezone: 0 }, { forwardDate: false })[0];
      if (!again) continue;
      r = again;
      index = found.index + again.index;
    }
    // A bare time ("at 08:00") or a year alone is not a day.
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/past|last|ago|week|month|yesterday|today/i.test(r.text)) continue;
    let from = iso(r.start.date());
    let to = r.end ? iso(r.end.date()) : null;
    // A weekday after the article is the one before it (chrono may look forward): "since Wednesday" on a Monday.
    if (from > articleDate && r.start.isCertain('weekday') && !r.start.isCertain('day')) {
      const weeks = Math.ceil((Date.parse(from) - Date.parse(articleDate)) / (7 * DAY_MS));
      from = addDays(from, -7 * weeks);
      if (to) to = addDays(to, -7 * weeks);
    }
    // A date without a year after the article is last year's; a range moves as one.
    if (from > articleDate && !r.start.isCertain('year')) {
      from = addYears(from, -1);
      if (to) to = addYears(to, -1);
    }
    if (from > articleDate) continue;
    const at = start + index;
    mentions.push({
      start: at,
      end: at + r.text.length,
      text: r.text,
      from,
      to,
      inferred: !r.start.isCertain('day') || !r.start.isCertain('month') || !r.start.isCertain('year'),
      before: text.slice(Math.max(start, at - 24), at).toLowerCase(),
    });
  }
  return mentions;
}

const SINCE = /\b(since|depuis|desde|seit|منذ)\s*(the\s+|el\s+|le\s+)?$/;
const PAST = /\b(past|last|previous|over the)\s*$/;
const DAY_BEFORE_RANGE = /(\d{1,2})\s*(?:and|to|–|-|au|al|a|y|et|bis|und)\s*$/;

function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The period the figure covers, from its sentence: "since Wednesday" and "in the past two weeks" run to the article's date,
 * "between 8 and 22 December" and "20–27 March" are ranges, "on Monday" is one day. Null when the sentence names none.
 */
export function suggestPeriod(text: string, figure: Span, articleDate: string, language: FinderLanguage = 'en'): PeriodSuggestion | null {
  const sentence = sentenceSpan(text, figure[0], figure[1]);
  const mentions = datesIn(text, sentence, articleDate, language).filter((m) => !(m.start < figure[1] && figure[0] < m.end));
  if (mentions.length === 0) return null;
  // The date nearest the figure.
  mentions.sort((a, b) => Math.abs(a.start - figure[0]) - Math.abs(b.start - figure[0]));
  const m = mentions[0] as DateMention;
  let from = m.from;
  let to = m.to ?? m.from;
  let approximate = m.inferred;
  let span: [number, number] = [m.start, m.end];
  const since = SINCE.exec(m.before);
  const range = DAY_BEFORE_RANGE.exec(m.before);
  if (since) {
    // "since Wednesday" said on a Wednesday means the Wednesday before.
    if (from === articleDate && m.inferred) from = addDays(from, -7);
    to = articleDate;
    span = [m.start - since[0].length, m.end];
  } else if (PAST.test(m.before) || /past|last|ago/i.test(m.text)) {
    to = articleDate;
    approximate = true;
    const pastWords = PAST.exec(m.before);
    if (pastWords) span = [m.start - pastWords[0].length, m.end];
  } else if (range && !m.to) {
    const day = Number(range[1]);
    const end = new Date(`${from}T00:00:00Z`);
    if (day >= 1 && day < end.getUTCDate()) {
      end.setUTCDate(day);
      to = from;
      from = iso(end);
      span = [m.start - range[0].length, m.end];
    }
  }
  if (from > to) [from, to] = [to, from];
  const evidence = text.slice(span[0], span[1]).trim();
  return {
    from,
    to,
    approximate,
    evidence: `“${evidence}”, in an article of ${longDate(articleDate)}`,
    span,
    why: `from “${evidence}”, read against the article’s date (${longDate(articleDate)})`,
  };
}

const SAID_WITH_DAY = /\b(said|reported|told|announced|claimed|stated)\s*(on\s+)?$/i;

/** The day the claim was stated, when the attribution carries one ("said on Tuesday", "reported Wednesday"); else null. */
export function suggestStatedOn(
  text: string,
  attribution: Span | null,
  articleDate: string,
  language: FinderLanguage = 'en',
): StatedOnSuggestion | null {
  if (!attribution) return null;
  const window: Span = [attribution[0], Math.min(text.length, attribution[1] + 30)];
  for (const m of datesIn(text, window, articleDate, language)) {
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    if (!SAID_WITH_DAY.test(before) && m.start > attribution[1] + 1) continue;
    const evidence = text.slice(m.start, m.end).trim();
    return {
      date: m.from,
      inferred: m.inferred,
      evidence: `“${evidence}”, in an article of ${longDate(articleDate)}${m.inferred ? ' (inferred)' : ''}.`,
      span: [m.start, m.end],
      why: `from “${evidence}” next to the attribution`,
    };
  }
  return null;
}
