/**
 * Issue 10 (part B): with Abkhazia in focus, the relations layer colours the states that
 * recognised it on the day. Russia is read from the canvas; Tuvalu, a few atolls too small to
 * sample, from the feature-state the painter wrote. Tuvalu recognised Abkhazia from 18 September
 * 2011 until 31 March 2014 (sources: rel-ent-expatica-tuvalu-2011, rel-ent-taklama-tuvalu-2014).
 */
import type { Page } from 'playwright-core';
import { checkAccessible } from './accessibility';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { relationShownAt, showOverlays } from './map-reading';

/** Interior points at the first view's zoom, clear of the top bar: Dagestan (Russia), Imereti (Georgia). */
const RUSSIA = [46.8, 42.8] as const;
const GEORGIA = [43.3, 42.1] as const;

/**
 * The relation the painter wrote for every feature of a country. Tuvalu's atolls are smaller
 * than a pixel and may not be rendered at all, so its features are found in the source's data.
 */
async function relationStateOf(page: Page, iso: string) {
  return page.evaluate(async (code) => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    const source = map.getSource('countries') as import('maplibre-gl').GeoJSONSource;
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    const states = data.features
      .filter((f) => f.properties?.iso === code)
      .map((f) => map.getFeatureState({ source: 'countries', id: f.id! }).relation as string);
    return [...new Set(states)];
  }, iso);
}

function shownOn(date: string, tuvalu: string): E2ETest {
  return {
    name: `#focus=ABK&date=${date} colours the states recognising Abkhazia (Tuvalu ${tuvalu})`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, `#focus=ABK&date=${date}&layers=relations`);
      await mapIdle(page);
      await showOverlays(page, false);
      checkEqual(await relationShownAt(page, ...RUSSIA), 'recognises', `Russia on ${date}`);
      checkEqual(
        await relationShownAt(page, ...GEORGIA),
        'does-not-recognise',
        `Georgia on ${date}`,
      );
      const legend = (await page.getByTestId('relations-legend').textContent()) ?? '';
      check(legend.includes('Recognition of Abkhazia'), `legend heading: ${legend}`);
      checkEqual(await relationStateOf(page, 'TV'), [tuvalu], `Tuvalu on ${date}`);
      checkNoProblems(watched.problems);
    },
  };
}

export const tests: E2ETest[] = [
  shownOn('2012-06-01', 'recognises'),
  shownOn('2015-01-01', 'does-not-recognise'),
];

tests.push({
  name: "a state's panel with Abkhazia in focus gives its recognition, and sources their type and affiliation",
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin, undefined, { axe: true });
    const { page } = watched;
    await openAtlas(
      watched,
      origin,
      '#focus=ABK&date=2015-01-01&layers=relations&select=country:TV',
    );
    const panel = page.getByTestId('details-panel');
    const now = (await panel.getByTestId('recognition-now').textContent()) ?? '';
    check(
      now.includes('Tuvalu did not recognise Abkhazia') && now.includes('31 March 2014'),
      `recognition on the day: ${now}`,
    );
    const section = (await panel.getByTestId('details-recognition').textContent()) ?? '';
    check(section.includes('Recognitions and withdrawals'), 'the list of recognitions');
    check(
      section.includes('Russia recognised Abkhazia from 26 August 2008'),
      `Russia's recognition listed: ${section.slice(0, 300)}`,
    );
    const kinds = await panel.getByTestId('source-kind').allTextContents();
    check(kinds.length > 0, 'every source shows its kind');
    check(
      kinds.some((k) => k.includes('News agency or newspaper; independent')),
      `an independent news source: ${kinds.join(' | ')}`,
    );
    check(
      kinds.some((k) => k.includes('party: Georgia')),
      `a source of a party, named: ${kinds.join(' | ')}`,
    );
    await mapIdle(page);
    await checkAccessible(page, 'a panel and legend with Abkhazia in focus');
    checkNoProblems(watched.problems);
  },
});

tests.push({
  name: 'choosing the NKR as focus puts it in the URL and the day as text says no UN member recognised it',
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    await openAtlas(watched, origin, '#date=2010-01-01');
    await page.getByTestId('focus-select').selectOption('NKR');
    await page.waitForFunction(() => location.hash.includes('focus=NKR'));
    await page.getByTestId('text-view-toggle').click();
    const text = (await page.getByTestId('day-text-recognition').textContent()) ?? '';
    check(
      text.includes('Recognition of Nagorno-Karabakh Republic / Artsakh') &&
        text.includes('by no UN member state'),
      `day as text: ${text}`,
    );
    await page.evaluate(() => {
      location.hash = '#focus=OSS&date=2012-06-01';
    });
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="day-text-recognising"]')
        ?.textContent?.includes('Tuvalu'),
    );
    const listed = await page.getByTestId('day-text-recognising').locator('li').allTextContents();
    checkEqual(
      [...listed].sort(),
      ['Nauru', 'Nicaragua', 'Russia', 'Tuvalu', 'Venezuela'],
      'states recognising South Ossetia on 1 June 2012',
    );
    checkNoProblems(watched.problems);
  },
});
