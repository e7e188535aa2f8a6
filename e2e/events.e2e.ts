/**
 * Issue 6: events appear as markers at their real place around their date, and labels follow
 * the naming convention.
 */
import { BASE } from '../src/lib/style/palette';
import {
  colourAt,
  colourDistance,
  hexToRgb,
  mapIdle,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { place } from './places';

const TEHRAN = place('tehran');

export const tests: E2ETest[] = [
  {
    name: 'the Tehran 3+3 meeting shows as a marker in Tehran around 23 Oct 2023 only',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=6/35.7/51.4&date=2023-10-23&layers=events');
      await mapIdle(page);
      const p = await screenPoint(page, ...TEHRAN);
      const during = await colourAt(page, p.x, p.y, 3);
      check(
        colourDistance(during, [255, 255, 255]) < 30,
        `a white marker at Tehran on 23 Oct 2023, saw rgb(${during.join(',')})`,
      );
      await page.getByTestId('timeline-date-input').fill('2023-06-01');
      await page.getByTestId('timeline-date-input').press('Enter');
      await page.waitForFunction(() => location.hash.includes('date=2023-06-01'));
      await mapIdle(page);
      const before = await colourAt(page, p.x, p.y, 3);
      check(
        colourDistance(before, hexToRgb(BASE.otherCountry)) < 20,
        `no marker at Tehran on 1 Jun 2023, saw rgb(${before.join(',')})`,
      );
      // The marker opens the event's panel.
      await page.getByTestId('timeline-date-input').fill('2023-10-23');
      await page.getByTestId('timeline-date-input').press('Enter');
      await mapIdle(page);
      await page.mouse.click(p.x, p.y);
      const title = (await page.getByTestId('details-title').textContent()) ?? '';
      check(/Tehran|3\+3/.test(title), `the marker opens the event: ${title}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'map labels follow the naming convention',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=9/39.79/46.75&date=2021-06-01');
      const labels = () =>
        page.evaluate(() => {
          const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
            .map;
          return map
            .queryRenderedFeatures({ layers: ['place-labels'] })
            .map((f) => String(f.properties.label));
        });
      check((await labels()).includes('Stepanakert'), 'international usage: Stepanakert');
      await page.getByTestId('names-select').selectOption('az');
      await page.waitForFunction(() => location.hash.includes('names=az'));
      await mapIdle(page);
      const az = await labels();
      check(az.includes('Xankəndi'), `Azerbaijani usage: Xankəndi in ${az.join(', ')}`);
      await page.getByTestId('names-select').selectOption('hy');
      await mapIdle(page);
      const hy = await labels();
      check(hy.includes('Shushi'), `Armenian usage: Shushi in ${hy.join(', ')}`);
      checkEqual(await page.evaluate(() => location.hash.includes('names=hy')), true, 'names=hy');
      checkNoProblems(watched.problems);
    },
  },
];
