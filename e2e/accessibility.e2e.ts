/** axe-core finds no violation on the atlas's main screens, on a desktop and a phone. */
import { checkAccessible } from './accessibility';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, checkNoProblems } from './harness';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

function screen(
  what: string,
  hash: string,
  viewport: { width: number; height: number },
  ready?: (page: import('playwright-core').Page) => Promise<void>,
): E2ETest {
  return {
    name: `axe-core finds no violation: ${what}`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, viewport, { axe: true });
      await openAtlas(watched, origin, hash);
      await ready?.(watched.page);
      await mapIdle(watched.page);
      await checkAccessible(watched.page, what);
      checkNoProblems(watched.problems);
    },
  };
}

const panelOpen = async (page: import('playwright-core').Page) => {
  await page.getByTestId('details-panel').waitFor();
};

export const tests: E2ETest[] = [
  screen('the default view', '', DESKTOP),
  screen('an open panel', '#date=2021-06-01&select=zone:shusha', DESKTOP, panelOpen),
  screen(
    'the relations layer with Armenia in focus',
    '#focus=AM&layers=control,relations',
    DESKTOP,
  ),
  screen(
    'the claims view, its legend listing the claims',
    '#date=2005-06-01&view=claims',
    DESKTOP,
    async (page) => {
      await page.locator('[data-legend^="claim-"]').first().waitFor();
    },
  ),
  screen('a 390x844 screen', '', PHONE),
  screen('a panel on a 390x844 screen', '#date=2021-06-01&select=zone:shusha', PHONE, panelOpen),
];
