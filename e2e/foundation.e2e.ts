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

function near(seen: [number, number, number], hex: string, what: string): void {
  const distance = colourDistance(seen, hexToRgb(hex));
  check(distance < 12, `${what}: expected about ${hex}, saw rgb(${seen.join(',')})`);
}

export const tests: E2ETest[] = [
  {
    name: 'loads offline and draws sea and land at known places',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const requests: string[] = [];
      watched.page.on('request', (r) => requests.push(r.url()));
      await openAtlas(watched, origin);
      await mapIdle(watched.page);
      // Middle of the Caspian Sea, and the Arabian Sea off Karachi: sea.
      for (const [lon, lat, what] of [
        [50.6, 41.2, 'Caspian Sea'],
        [51.0, 27.2, 'Persian Gulf'],
      ] as const) {
        const p = await screenPoint(watched.page, lon, lat);
        near(await colourAt(watched.page, p.x, p.y), BASE.sea, what);
      }
      // Central Afghanistan: land of a country the atlas does not colour.
      const p = await screenPoint(watched.page, 66.0, 33.6);
      near(await colourAt(watched.page, p.x, p.y), BASE.otherCountry, 'Afghanistan');
      check(
        requests.length > 5,
        `expected the app to load its files, saw ${requests.length} requests`,
      );
      check(
        requests.every(
          (url) => url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'),
        ),
        `requests left the page's origin: ${requests.filter((u) => !u.startsWith(origin)).join(', ')}`,
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'date round-trips between the URL and the date control',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, '#date=1995-06-01');
      const input = watched.page.getByTestId('timeline-date-input');
      checkEqual(await input.inputValue(), '1 June 1995', 'date shown for #date=1995-06-01');
      await input.fill('2003-03-03');
      await input.press('Enter');
      await watched.page.waitForFunction(() => location.hash.includes('date=2003-03-03'));
      checkEqual(await input.inputValue(), '3 March 2003', 'date shown after typing 2003-03-03');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a malformed hash shows a dismissible notice and keeps the rest',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, '#date=1995-13-45&layers=control,weather&focus=PK');
      const notice = watched.page.getByTestId('notice');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      check(
        text.includes('1995-13-45') && text.includes('weather'),
        `notice names the problems: ${text}`,
      );
      // The date falls back to the default (the day the data is verified through).
      const manifest = await watched.page.evaluate(() =>
        fetch('data/manifest.json').then((r) => r.json()),
      );
      await watched.page.waitForFunction(
        (last) => location.hash.includes(`date=${last}`),
        manifest.verifiedThrough,
      );
      check(
        await watched.page.evaluate(() => location.hash.includes('focus=PK')),
        'focus=PK is kept',
      );
      await watched.page.getByRole('button', { name: 'Dismiss notice' }).click();
      await notice.waitFor({ state: 'detached' });
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a date outside the atlas is clamped with a notice',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, '#date=1970-01-01');
      await watched.page.getByTestId('notice').waitFor();
      checkEqual(
        await watched.page.getByTestId('timeline-date-input').inputValue(),
        '1 January 1988',
        'clamped date',
      );
      await watched.page.waitForFunction(() => location.hash.includes('date=1988-01-01'));
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'preset views frame Karabakh and Pakistan, and map= follows',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin);
      for (const [label, lon, lat] of [
        ['Karabakh', ...place('stepanakert')],
        ['Pakistan', ...place('multan')],
        ['South Caucasus', ...place('tbilisi')],
      ] as const) {
        await watched.page.getByRole('button', { name: label, exact: true }).click();
        await mapIdle(watched.page);
        const hash = await watched.page.evaluate(() => location.hash);
        check(
          /map=[\d.]+\/[\d.-]+\/[\d.-]+/.test(hash),
          `map= in the hash after ${label}: ${hash}`,
        );
        // A town of the region shows on the map itself, not under the bar, legend or timeline.
        const p = await screenPoint(watched.page, lon, lat);
        const onTop = await watched.page.evaluate(
          ([x, y]) => {
            const element = document.elementFromPoint(x, y);
            return element?.closest('.map') && element instanceof HTMLCanvasElement
              ? 'map'
              : (element?.outerHTML.slice(0, 80) ?? 'nothing (off screen)');
          },
          [p.x, p.y] as const,
        );
        checkEqual(onTop, 'map', `${label}: what is on top of its town`);
      }
      checkNoProblems(watched.problems);
    },
  },
];
