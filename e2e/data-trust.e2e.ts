/**
 * Broken data and a script that never runs: the reader is told what went wrong, in words for a
 * reader, and can retry without reloading the page.
 */
import { DATA_FILES, PANEL_FILES } from '../src/lib/data/load-atlas';
import { openWatchedPage } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';

export const tests: E2ETest[] = [
  {
    name: 'a data file of the wrong shape is named, for each file: on the start screen, or for the panel',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      for (const file of DATA_FILES) {
        // Valid JSON of the wrong shape, as a stale cache or a bad deploy would serve it.
        await page.route(`**/data/${file}`, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
        );
        await page.goto(`${origin}/`);
        // The panel's files load after the first view: the map is drawn, the panel's place says.
        const later = (PANEL_FILES as readonly string[]).includes(file);
        if (later) await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
        const failure = page.getByTestId(later ? 'panel-data-failure' : 'start-failure');
        await failure.waitFor({ timeout: 30_000 });
        const text = await failure.innerText();
        check(text.includes(`“${file}”`), `the failure for ${file} does not name it: ${text}`);
        check(
          !/npm|undefined|is not a function/.test(text),
          `developer wording for ${file}: ${text}`,
        );
        check(
          (await page.getByRole('button', { name: 'Retry' }).count()) === 1,
          `no Retry button for ${file}`,
        );
        await page.unroute(`**/data/${file}`);
      }
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'the first view does not wait for the panel files; the panel says it is loading them',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      let release: () => void = () => {};
      const held = new Promise<void>((done) => (release = done));
      await page.route('**/data/sources.json', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${origin}/#date=1995-06-01&select=zone:shusha`);
      // The map's first view completes while the bibliography is still on its way.
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
      const loading = page.getByTestId('panel-loading');
      check(await loading.isVisible(), 'no loading message where the panel will be');
      check(/Loading sources/.test(await loading.innerText()), 'the loading message is unclear');
      release();
      await page.getByTestId('details-panel').waitFor({ timeout: 30_000 });
      check((await loading.count()) === 0, 'the loading message stayed');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'Retry after a broken panel file loads the panel without reloading the page',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      let served = 0;
      await page.route('**/data/sources.json', (route) => {
        served++;
        return served === 1
          ? route.fulfill({ status: 200, contentType: 'application/json', body: '[{"id":1}]' })
          : route.continue();
      });
      await page.goto(`${origin}/#date=1995-06-01&select=zone:shusha`);
      await page.getByTestId('panel-data-failure').waitFor({ timeout: 60_000 });
      await page.evaluate(
        () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
      );
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('details-panel').waitFor({ timeout: 30_000 });
      const same = await page.evaluate(
        () => (window as unknown as { sameDocument?: boolean }).sameDocument === true,
      );
      check(same, 'Retry reloaded the page');
      check(served === 2, `sources.json was requested ${served} times, expected 2`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'Retry after a broken file loads the atlas without reloading the page',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      let served = 0;
      await page.route('**/data/events.geojson', (route) => {
        served++;
        return served === 1
          ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":1}' })
          : route.continue();
      });
      await page.goto(`${origin}/#date=1995-06-01`);
      await page.getByTestId('start-failure').waitFor({ timeout: 30_000 });
      // A page reload would clear this marker; Retry must keep the same document.
      await page.evaluate(
        () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
      );
      await page.getByRole('button', { name: 'Retry' }).click();
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
      const same = await page.evaluate(
        () => (window as unknown as { sameDocument?: boolean }).sameDocument === true,
      );
      check(same, 'Retry reloaded the page');
      check(served === 2, `events.geojson was requested ${served} times, expected 2`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'when the script cannot load, the page says so without any script',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${origin}/`);
      await page.getByTestId('boot-failed').waitFor({ state: 'visible', timeout: 30_000 });
      const text = await page.getByTestId('boot-failed').innerText();
      check(/did not start/.test(text), `unexpected placeholder text: ${text}`);
      // The aborted script is the one expected problem: the browser reports it on the console.
      checkNoProblems(watched.problems.filter((p) => !/Failed to load resource/.test(p)));
    },
  },
];
