/**
 * Runs axe-core in a page opened with `openWatchedPage(..., { axe: true })`, which loads it as an
 * init script (the browser runs those outside the page's Content-Security-Policy).
 */
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { AssertionError } from './harness';

/**
 * Every axe rule, the experimental ones included: `label-content-name-mismatch` (the visible text
 * of a control starts its accessible name) is one of them.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const experimental = axe.getRules(['experimental']).map((r) => r.ruleId);
    const rules = Object.fromEntries(experimental.map((id) => [id, { enabled: true }]));
    const { violations } = (await axe.run(document, { rules })) as AxeResults;
    return violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return results.map((v) => `${v.id} (${v.help}): ${v.targets.join(' | ')}`);
}

export async function checkAccessible(page: Page, what: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) {
    throw new AssertionError(`axe-core, ${what}:\n${violations.join('\n')}`);
  }
}
