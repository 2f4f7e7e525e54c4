// The keystrokes and actions a claim takes through the review table, counted in the production build in headless
// Chromium: every shipped article is pasted into a copy of the published dataset, its place typed once, and each row
// whose suggestions are all right (claimant, measure, interval, period, as the shipped claim has them) is accepted from
// the keyboard. Rows with a wrong suggestion are rejected with Delete and counted apart.
import type { Browser, Page } from '@playwright/test';
import { findFigures } from '../../src/domain/figure-finder';
import { articleLanguage } from '../../src/domain/finder-languages';
import type { Article, Claim, Dataset } from '../../src/domain/schema';
import { suggestFor } from '../../src/features/articles/figure-queries';
import { articleDesk } from '../../src/domain/view-models/article-desk';
import { suggestClaims, type ClaimSuggestion } from '../../src/domain/suggest/suggest-claim';
import { readArticleText } from '../../src/testing/real-dataset';

/** One proposed figure of an article, in table order, and whether every suggestion for it is the shipped claim's. */
interface ExpectedRow {
  figure: string;
  right: boolean;
}

interface ReviewArticle {
  article: Article;
  outletName: string;
  text: string;
  place: string;
  rows: ExpectedRow[];
}

export interface ReviewFigures {
  articles: number;
  /** Rows whose suggestions were all right, and how many of them the page then listed as claims. */
  rightRows: number;
  accepted: number;
  /** Keys pressed on right rows: Enter on each, as focus arrives on the next open row by itself. */
  rowKeys: number;
  /** Once per article: the click into the place field (then typed: one field), its characters, and Tabs to the first row. */
  placeClicks: number;
  placeKeys: number;
  tabs: number;
  /** Delete on rows with a wrong suggestion: the cost of the misses, not of a right row. */
  rejected: number;
  problems: string[];
}

function samePeriod(s: ClaimSuggestion, c: Claim): boolean {
  if (s.period === null || c.period === null) return s.period === c.period;
  return s.period.from === c.period.from && s.period.to === c.period.to;
}

/** Every suggestion for the figure is what the shipped claim quoting it records. */
function allRight(s: ClaimSuggestion, claims: readonly Claim[]): boolean {
  const { candidate } = s;
  const claim = claims.find((c) => c.span[0] <= candidate.start && candidate.end <= c.span[1]);
  if (!claim) return false;
  const v = candidate.value;
  const w = claim.value;
  const sameValue =
    v.low === w.low &&
    v.high === w.high &&
    v.lowInclusive === w.lowInclusive &&
    v.highInclusive === w.highInclusive &&
    v.approximate === w.approximate;
  return (
    sameValue &&
    candidate.per === claim.per &&
    s.claimant.choice.kind === 'source' &&
    s.claimant.choice.sourceId === claim.claimantId &&
    s.measure.choice.kind === 'measure' &&
    s.measure.choice.measureId === claim.measureId &&
    samePeriod(s, claim)
  );
}

/**
 * The rows each shipped article shows once pasted into the copy, with the suggestions the page makes: the same pure
 * functions, read against the same records (the whole published dataset) and the same place.
 */
export function reviewArticles(dataset: Dataset): ReviewArticle[] {
  return dataset.articles.flatMap((article) => {
    const own = dataset.claims.filter((c) => c.articleId === article.id);
    const place = own[0]?.place;
    const outlet = dataset.sources.find((s) => s.id === article.outlet);
    if (place === undefined || outlet === undefined) return [];
    const text = readArticleText(article.file);
    // The page's own call (figure-queries.ts), on the pasted copy: the article's own claims are not the pasted one's.
    const pasted = { ...article, id: 'pasted' };
    const suggestions = suggestFor(
      { suggestClaims, articleLanguage },
      { text, article: pasted, desk: articleDesk(dataset, pasted.id), candidates: findFigures(text), place },
    );
    const rows = suggestions.map((s) => ({ figure: s.candidate.text, right: allRight(s, own) }));
    return [{ article, outletName: outlet.name, text, place, rows }];
  });
}

async function copyPublished(page: Page): Promise<string> {
  await page.goto('workbench');
  await page.getByLabel('Name', { exact: true }).fill('Review bench');
  await page.getByRole('button', { name: 'Copy the published dataset' }).click();
  await page.getByText('Created “Review bench” from the published dataset; it is now open.').waitFor({ timeout: 60_000 });
  const ws = new URL(page.url()).searchParams.get('ws');
  if (ws === null) throw new Error('the workbench did not open the new workspace');
  return ws;
}

/** Pastes the article as a new one; not counted, since it is the same whatever the review costs. */
async function paste(page: Page, ws: string, a: ReviewArticle): Promise<void> {
  await page.goto(`workbench/articles/new?ws=${ws}`);
  await page.getByLabel('Or paste the article’s text').fill(a.text);
  await page.getByLabel('Headline').fill(a.article.title);
  await page.getByLabel('Outlet', { exact: true }).selectOption({ label: a.outletName });
  if (a.article.publishedAt === null) throw new Error(`${a.article.id} has no date; the bench pastes dated articles only`);
  await page.getByLabel('Date published').fill(a.article.publishedAt);
  await page.getByLabel('Evidence for the date').fill(a.article.publishedAtEvidence || 'As published');
  await page.getByRole('button', { name: 'Save the article' }).click();
  await page.getByRole('table', { name: /^Proposed figures of/ }).waitFor({ timeout: 60_000 });
}

/** The accessible name of the focused element, when it is a row's Accept button: "Accept “more than 40”". */
function focusedAccept(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLButtonElement) || el.closest('table') === null) return null;
    const name = el.textContent.trim();
    return name.startsWith('Accept') ? name : null;
  });
}

/** Waits until the table shows `n` cells reading `word` ("Accepted", "Rejected"): what the user sees after the key. */
async function waitForCount(page: Page, word: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([w, count]) => Array.from(document.querySelectorAll('table .review-done')).filter((p) => p.textContent === w).length === count,
    [word, n] as const,
    { timeout: 30_000 },
  );
}

async function review(page: Page, a: ReviewArticle, f: ReviewFigures): Promise<void> {
  const id = a.article.id;
  await page.getByLabel('Place of these figures').click();
  f.placeClicks++;
  await page.keyboard.type(a.place);
  f.placeKeys += a.place.length;
  let name: string | null = null;
  for (let tabs = 0; tabs < 20 && name === null; tabs++) {
    await page.keyboard.press('Tab');
    f.tabs++;
    name = await focusedAccept(page);
  }
  let accepted = 0;
  let rejected = 0;
  for (const row of a.rows) {
    name = await focusedAccept(page);
    if (name !== `Accept “${row.figure}”`) {
      f.problems.push(`${id}: focus on ${name ?? 'no Accept button'} where the row of “${row.figure}” was expected`);
      return;
    }
    if (row.right) {
      f.rightRows++;
      await page.keyboard.press('Enter');
      f.rowKeys++;
      await waitForCount(page, 'Accepted', ++accepted);
    } else {
      await page.keyboard.press('Delete');
      f.rejected++;
      await waitForCount(page, 'Rejected', ++rejected);
    }
  }
  if (accepted === 0) return;
  // The list of the article's claims follows the save: wait for it to show them all, as the user would.
  const listed = await page
    .getByRole('heading', { name: `Claims from this article (${accepted})` })
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  if (listed) f.accepted += accepted;
  else f.problems.push(`${id}: ${accepted} accepted, but the list of the article's claims never showed ${accepted}`);
}

export async function measureReview(browser: Browser, baseUrl: string, articles: readonly ReviewArticle[]): Promise<ReviewFigures> {
  const f: ReviewFigures = {
    articles: 0,
    rightRows: 0,
    accepted: 0,
    rowKeys: 0,
    placeClicks: 0,
    placeKeys: 0,
    tabs: 0,
    rejected: 0,
    problems: [],
  };
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const ws = await copyPublished(page);
    for (const a of articles) {
      if (!a.rows.some((r) => r.right)) continue;
      f.articles++;
      await paste(page, ws, a);
      await review(page, a, f);
    }
  } finally {
    await context.close();
  }
  return f;
}

/**
 * Per right claim, with the once-per-article costs shared among the claims of that article. Actions are counted as the
 * issue counted the old form: clicks, fields filled and commands (Enter to accept); a Tab that only moves focus is a
 * keystroke, not an action.
 */
export function reviewReport(f: ReviewFigures): string[] {
  const perClaim = (n: number) => (f.accepted === 0 ? 'n/a' : (n / f.accepted).toFixed(2));
  const perArticle = (n: number) => (n / Math.max(1, f.articles)).toFixed(1);
  const keys = f.rowKeys + f.placeKeys + f.tabs;
  const actions = f.rowKeys + f.placeClicks + f.articles;
  return [
    `  articles pasted          ${f.articles}, with ${f.rightRows} rows whose suggestions were all right; ${f.accepted} became claims`,
    `  on a right row           ${perClaim(f.rowKeys)} keystrokes and ${perClaim(f.rowKeys)} actions a claim (Enter; focus then moves on by itself)`,
    `  once per article         the place: 1 click, 1 field, ${perArticle(f.placeKeys)} keystrokes; then ${perArticle(f.tabs)} Tabs to the first row`,
    `  all in, per claim        ${perClaim(keys)} keystrokes, ${perClaim(actions)} actions`,
    `  rows with a wrong suggestion: ${f.rejected}, rejected with one Delete each (not in the figures above)`,
    ...(f.problems.length > 0 ? ['  problems:', ...f.problems.map((p) => `    ${p}`)] : []),
  ];
}
