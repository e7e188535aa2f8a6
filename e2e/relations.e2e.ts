/**
 * Issue 5's acceptance: with Armenia in focus, Pakistan stands alone in the non-recognition
 * colour until the Tianjin communiqué of 31 August 2025, and shows relations after it.
 */
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, checkEqual, checkNoProblems } from './harness';
import { relationShownAt, showOverlays } from './map-reading';

/** Interior points well inside each country at the first view's zoom. */
const POINTS = {
  Pakistan: [69.0, 29.0],
  Iran: [54.5, 32.5],
  Afghanistan: [66.0, 33.6],
  Turkmenistan: [59.0, 39.5],
} as const;

function shownWith(date: string, expected: Record<keyof typeof POINTS, string>): E2ETest {
  return {
    name: `#date=${date}&focus=AM&layers=relations colours countries by their relation to Armenia`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, `#date=${date}&focus=AM&layers=relations`);
      await mapIdle(watched.page);
      await showOverlays(watched.page, false);
      const seen: Record<string, string> = {};
      for (const [country, [lon, lat]] of Object.entries(POINTS)) {
        seen[country] = await relationShownAt(watched.page, lon, lat);
      }
      checkEqual(seen, expected, `relations to Armenia on ${date}`);
      checkNoProblems(watched.problems);
    },
  };
}

export const tests: E2ETest[] = [
  // Iran and Armenia: relations since 9 Feb 1992. Afghanistan and Turkmenistan are
  // not followed pair by pair: the world rule says they recognise Armenia.
  shownWith('2020-01-01', {
    Pakistan: 'non-recognition',
    Iran: 'relations',
    Afghanistan: 'recognised',
    Turkmenistan: 'recognised',
  }),
  shownWith('2025-09-15', {
    Pakistan: 'relations',
    Iran: 'relations',
    Afghanistan: 'recognised',
    Turkmenistan: 'recognised',
  }),
];

tests.push({
  name: 'choosing Armenia as focus and stepping across 31 Aug 2025 changes Pakistan',
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    await openAtlas(watched, origin, '#date=2025-08-30&layers=relations');
    await page.getByTestId('focus-select').selectOption('AM');
    await page.waitForFunction(() => location.hash.includes('focus=AM'));
    await mapIdle(page);
    await showOverlays(page, false);
    checkEqual(
      await relationShownAt(page, ...POINTS.Pakistan),
      'non-recognition',
      'Pakistan on 30 Aug 2025',
    );
    await page.getByTestId('timeline-track').focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('date=2025-08-31'));
    await mapIdle(page);
    checkEqual(
      await relationShownAt(page, ...POINTS.Pakistan),
      'relations',
      'Pakistan on 31 Aug 2025',
    );
    checkNoProblems(watched.problems);
  },
});
