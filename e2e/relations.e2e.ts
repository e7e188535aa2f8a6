/**
 * Issue 5's acceptance: with Armenia in focus, Pakistan stands alone in the non-recognition
 * colour until the Tianjin communiqué of 31 August 2025, and shows relations after it.
 * Issue 12's: with Pakistan in focus, Armenia shows that relation, not its control colour, and
 * its tooltip names it; the Pakistan preset sets the focus.
 */
import { CONTROLLER_FILLS, RELATION_FILLS } from '../src/lib/style/palette';
import {
  colourAt,
  hexToRgb,
  mapIdle,
  nearestColour,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
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

/** Yerevan, and a point of Armenia clear of labels, lakes and place dots. */
const YEREVAN = [44.51, 40.18] as const;
const ARMENIA = [44.25, 40.62] as const;

/**
 * What the map shows at a point, named among both the controller and the relation colours, so
 * a control fill left on top reads as a controller, never as the nearest relation.
 */
async function fillShownAt(page: import('playwright-core').Page, lon: number, lat: number) {
  const candidates = Object.fromEntries([
    ...Object.entries(CONTROLLER_FILLS).map(([k, hex]) => [`control:${k}`, hexToRgb(hex)]),
    ...Object.entries(RELATION_FILLS).map(([k, hex]) => [k, hexToRgb(hex)]),
  ]);
  const p = await screenPoint(page, lon, lat);
  const ink: [number, number, number][] = [
    [30, 30, 30],
    [60, 60, 60],
    [255, 255, 255],
  ];
  return nearestColour(await colourAt(page, p.x, p.y, 7, ink), candidates);
}

tests.push({
  name: 'with Pakistan in focus on 2025-09-15 Armenia shows relations, not control, and its tooltip says so',
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    // Control stays on (the default layers plus relations): the relation must still show.
    await openAtlas(watched, origin, '#date=2025-09-15&focus=PK&layers=control,relations');
    await mapIdle(page);
    await showOverlays(page, false);
    checkEqual(await fillShownAt(page, ...YEREVAN), 'relations', 'the map at Yerevan');
    await showOverlays(page, true);
    const p = await screenPoint(page, ...ARMENIA);
    await page.mouse.move(p.x, p.y);
    const tooltip = page.getByTestId('tooltip');
    await tooltip.waitFor();
    const text = (await tooltip.textContent()) ?? '';
    check(
      text.includes('Armenia') && text.includes('Diplomatic relations with Pakistan'),
      `tooltip over Armenia: ${text}`,
    );
    checkNoProblems(watched.problems);
  },
});

tests.push({
  name: 'the Pakistan preset makes Pakistan the focus and frames it with the South Caucasus',
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    await openAtlas(watched, origin, '#date=2025-09-15');
    await page.locator('.presets button', { hasText: 'Pakistan' }).click();
    await page.waitForFunction(() => location.hash.includes('focus=PK'));
    await mapIdle(page);
    await showOverlays(page, false);
    // Pakistan itself, once blank beige, is the focus; Armenia, in the view with it, shows its
    // relation to Pakistan (diplomatic relations since 31 August 2025).
    checkEqual(await fillShownAt(page, ...POINTS.Pakistan), 'focus', 'Pakistan after the preset');
    checkEqual(await fillShownAt(page, ...ARMENIA), 'relations', 'Armenia after the preset');
    checkNoProblems(watched.problems);
  },
});
