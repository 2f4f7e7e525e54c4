// The app's routes, visited by the accessibility sweep (e2e/a11y.spec.ts). Add new routes here.
import type { Page } from '@playwright/test';

export interface AppRoute {
  /** Name used in the test title. */
  name: string;
  /**
   * Path relative to the base URL, starting with '/', or a function that finds it in the running app
   * (for routes whose id comes from the analysed data, such as a comparison group).
   */
  path: string | ((page: Page) => Promise<string>);
}

/** The first comparison group linked from the overview: group ids are computed by the engine, not stored in data/. */
export async function firstComparePath(page: Page): Promise<string> {
  await page.goto('/');
  const link = page.locator('a[href*="/compare/"]').first();
  await link.waitFor({ state: 'attached', timeout: 15_000 });
  const href = await link.getAttribute('href');
  if (href === null) throw new Error('The overview has no link to a /compare/<group> page.');
  return href;
}

export const ROUTES: readonly AppRoute[] = [
  { name: 'overview', path: '/' },
  { name: 'matrix', path: '/matrix' },
  { name: 'timeline (one measure against time)', path: '/timeline' },
  { name: 'timeline (who spoke when)', path: '/timeline?view=sources' },
  { name: 'sources', path: '/sources' },
  { name: 'workbench', path: '/workbench' },
  { name: 'workbench sources (no workspace open)', path: '/workbench/sources' },
  { name: 'compare (first group)', path: firstComparePath },
  { name: 'compare grouped by date', path: '/compare/air-raids-palmyra-2016?group=date' },
  { name: 'claim detail', path: '/claims/c-02' },
  { name: 'classroom', path: '/classroom' },
];

/** Resolves a route to the path to navigate to. */
export async function resolveRoute(page: Page, route: AppRoute): Promise<string> {
  return typeof route.path === 'string' ? route.path : route.path(page);
}
