// Shared Playwright fixtures: the MSW network (same handlers as Vitest), a console/CSP error guard, and an axe helper.
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright';
import { handlers } from '../src/testing/msw/handlers.ts';

export { expect };

/** Prefix of the console message the init script emits for a Content-Security-Policy violation. */
export const CSP_VIOLATION_PREFIX = '[CSP violation]';

interface Fixtures {
  /** Console errors matching any of these are expected by the test and do not fail it (e.g. the failed request in a fault test). */
  allowedConsoleErrors: RegExp[];
  /** MSW's network control: `network.use(...scenarios.serverError())`, `network.resetHandlers()`. */
  network: NetworkFixture;
  /** Collects console errors, page errors and CSP violations; the test fails if any remain unexpected. */
  failOnConsoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  network: [
    async ({ context }, use) => {
      const network = defineNetworkFixture({ context, handlers, skipAssetRequests: false, onUnhandledRequest: 'bypass' });
      await network.enable();
      await use(network);
      await network.disable();
    },
    // Only tests that change the network ask for it: routing every request through the test process slows each page load.
    { auto: false },
  ],

  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      await page.addInitScript((prefix: string) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}`,
          );
        });
      }, CSP_VIOLATION_PREFIX);
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        const text = url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => {
        const text = error.stack ?? `${error.name}: ${error.message}`;
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`page error: ${text}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors or CSP violations during the test').toEqual([]);
    },
    { auto: true },
  ],
});

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and fails with a readable list of the violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const report = results.violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ') ?? ''}`)
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}${more}`;
  });
  expect(report, `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n\n${report.join('\n\n')}`).toEqual(
    [],
  );
}
