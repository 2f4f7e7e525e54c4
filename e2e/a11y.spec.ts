// Accessibility sweep: axe (WCAG 2.0/2.1 A and AA) on every route once its content has loaded.
import { expectNoAxeViolations, expect, test } from './fixtures.ts';
import { ROUTES, resolveRoute } from './routes.ts';

for (const route of ROUTES) {
  test(`${route.name} has no axe violations`, async ({ page }) => {
    const path = await resolveRoute(page, route);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /loading/i })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}
