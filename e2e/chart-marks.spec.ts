// Chart marks a reader can explore with the keyboard: one tab stop per chart, the mark's tooltip read out, Enter opens the claim.
import { expect, expectNoAxeViolations, test } from './fixtures.ts';

test('a keyboard user tabs into the air-raids chart, hears each figure and opens the claim with Enter', async ({ page }) => {
  await page.goto('/compare/air-raids-palmyra-2016');
  await expect(page.getByRole('heading', { level: 1, name: /Air raids on Palmyra/ })).toBeVisible();
  const chart = page.getByRole('group', { name: /^Air raids on Palmyra, March 2016, one bar per figure/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();

  // The chart comes straight after the toolbar: one Tab from its last button lands on the first figure.
  await page.getByRole('button', { name: 'Copy embed code', exact: true }).focus();
  await page.keyboard.press('Tab');
  const first = chart.getByRole('link', { name: /^Palmyra Revolution Coordination: more than/ });
  await expect(first).toBeFocused();
  const announcer = chart.locator('[aria-live="polite"]');
  await expect(announcer).toHaveText(
    /^Palmyra Revolution Coordination: “More than 900”\. .*Reported by .+\. .*Contradicted by another source\.$/,
  );
  await expect(page.getByRole('tooltip')).toContainText('Palmyra Revolution Coordination: “More than 900”');
  await expectNoAxeViolations(page);

  // Arrow keys move between figures within the chart's single tab stop.
  await page.keyboard.press('ArrowDown');
  const second = chart.getByRole('link', { name: /^Russian Defence Ministry: 20–25/ });
  await expect(second).toBeFocused();
  await expect(announcer).toHaveText(/^Russian Defence Ministry: “20 to 25”\./);
  await expect(first).toHaveAttribute('tabindex', '-1');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('20 to 25');
});

test('on the chart of figures against time, a keyboard user hears each figure with its date and opens one with Enter', async ({ page }) => {
  await page.goto('/compare/air-raids-palmyra-2016?group=date');
  await expect(page.getByRole('heading', { level: 1, name: /Air raids on Palmyra/ })).toBeVisible();
  const chart = page.getByRole('group', { name: /^Air raids on Palmyra, March 2016, each figure at the date it was given/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  // The chart is finished once the change of control (from events.json, fetched on its own) is drawn on it.
  await expect(chart.locator('.event-labels text').first()).toBeVisible();
  await page.getByRole('button', { name: 'Copy embed code', exact: true }).focus();
  await page.keyboard.press('Tab');
  // Date order: the ministry spoke on 18 March, the coordination on 22 March.
  await expect(chart.getByRole('link', { name: /^Russian Defence Ministry, said 18 March 2016: 20–25 raids a day\./ })).toBeFocused();
  const announcer = chart.locator('[aria-live="polite"]');
  await expect(announcer).toHaveText(/^Russian Defence Ministry: “20 to 25”\. .*Stated 2016-03-18/);
  await page.keyboard.press('ArrowRight');
  await expect(chart.getByRole('link', { name: /^Palmyra Revolution Coordination, said 22 March 2016: more than/ })).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('Palmyra Revolution Coordination: “More than 900”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/[^/?]+\?group=date$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('More than 900');
});

test('on the sources page, a mark of the distance chart names its figure and opens it with Enter', async ({ page }) => {
  await page.goto('/sources');
  const chart = page.getByRole('group', { name: /^How far each source's figures sit from the figures that contradict them/ });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const mark = chart.getByRole('link', { name: /^Russian Defence Ministry: Air raids on Palmyra, March 2016/ });
  await mark.focus();
  await expect(page.getByRole('tooltip')).toContainText('Russian Defence Ministry: “20 to 25”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('20 to 25');
});
