/**
 * Broken data and a script that never runs: the reader is told what went wrong, in words for a
 * reader, and can retry without reloading the page.
 */
import { DATA_FILES } from '../src/lib/data/load-atlas';
import { openWatchedPage } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';

export const tests: E2ETest[] = [
  {
    name: 'a data file of the wrong shape is named on the start screen, for each file',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      for (const file of DATA_FILES) {
        // Valid JSON of the wrong shape, as a stale cache or a bad deploy would serve it.
        await page.route(`**/data/${file}`, (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
        );
        await page.goto(`${origin}/`);
        const failure = page.getByTestId('start-failure');
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
