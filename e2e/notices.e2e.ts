import { openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { changeHash, mapPose, readNotices } from './notice-steps';

/** Tallest a stack of notices may be: three short notices, not a wall. */
const MAX_STACK_PX = 320;

export const tests: E2ETest[] = [
  {
    name: 'a 100,000-character value is shortened, wraps, and leaves the URL',
    async run({ browser, origin }) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const watched = await openWatchedPage(browser, origin, viewport);
        const long = 'x'.repeat(100_000);
        await openAtlas(watched, origin, `#date=2000-01-01&foo=${long}`);
        const page = watched.page;
        await page.getByTestId('notice').waitFor();
        const reading = await readNotices(page);
        checkEqual(reading.count, 1, 'notices');
        check(reading.fresh[0]!.length < 200, `notice text is short: ${reading.fresh[0]!.length}`);
        check(!reading.overflows, `the notice and its × stay on screen at ${viewport.width} px`);
        check(!reading.pageScrollsSideways, 'the page does not scroll sideways');
        await page.waitForFunction(() => !location.hash.includes('foo='));
        checkEqual(
          await page.evaluate(() => location.hash.startsWith('#date=2000-01-01')),
          true,
          'the rest of the link is kept',
        );
        await page.getByRole('button', { name: 'Dismiss notice' }).click();
        checkEqual((await readNotices(page)).count, 0, 'notices after dismissing');
        checkNoProblems(watched.problems);
      }
    },
  },
  {
    name: '25 malformed hashes in a row leave at most three notices',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await openAtlas(watched, origin, '#date=2000-01-01');
      const page = watched.page;
      for (let i = 0; i < 25; i++) {
        await changeHash(page, `#date=2000-13-${10 + i}&layers=control,rain${i}`);
        const reading = await readNotices(page);
        checkEqual(reading.fresh.length, 1, `hash ${i} gives a notice`);
        check(reading.count <= 3, `at most three notices, saw ${reading.count}`);
        check(reading.height <= MAX_STACK_PX, `notice stack ${reading.height} px tall`);
      }
      checkNoProblems(watched.problems);
    },
  },
  {
    name: '2,000 repeated keys give one short notice whose list can be opened',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const keys = Array.from({ length: 2000 }, (_, i) => `date=19${10 + (i % 80)}-01-01`);
      await openAtlas(watched, origin, `#${keys.join('&')}`);
      const page = watched.page;
      await page.getByTestId('notice').waitFor();
      const reading = await readNotices(page);
      checkEqual(reading.count, 1, 'notices');
      check(reading.height <= MAX_STACK_PX, `notice ${reading.height} px tall`);
      check(/^\d+ parts of the link/.test(reading.fresh[0]!), `merged: ${reading.fresh[0]}`);
      await page.getByText('Show which').click();
      const items = await page.locator('[data-testid="notice"] li').allTextContents();
      check(items.length >= 2 && items.length <= 9, `listed ${items.length} problems`);
      check(items.at(-1)!.startsWith('And '), `the rest is counted: ${items.at(-1)}`);
      checkEqual(
        await page.evaluate(() => location.hash.split('date=').length - 1),
        1,
        'one date= left in the URL',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a map= the map cannot show is reported, adjusted in the URL or removed',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const page = watched.page;
      await openAtlas(watched, origin, '#map=20/40/45&date=2000-01-01');
      await page.getByTestId('notice').waitFor();
      checkEqual((await readNotices(page)).fresh.length, 1, 'notice for zoom 20');
      checkEqual(Math.round((await mapPose(page)).zoom), 14, 'zoom shown');
      await page.waitForFunction(() => location.hash.startsWith('#map=14/'));

      await changeHash(page, '#map=6/40/45/999&date=2000-01-01');
      const turned = await readNotices(page);
      checkEqual(turned.fresh.length, 1, 'notice for bearing 999');
      // 999° is 2 × 360° + 279°, the same direction as −81°.
      checkEqual(Math.round((await mapPose(page)).bearing), -81, 'bearing shown');
      check(
        await page.evaluate(() => !location.hash.includes('/999')),
        'the URL no longer says 999',
      );

      await changeHash(page, '#map=5/157/45&date=2000-01-01');
      checkEqual((await readNotices(page)).fresh.length, 1, 'notice for latitude 157');
      check(
        await page.evaluate(() => !location.hash.includes('157')),
        'a rejected map= leaves the URL',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a focus whose relations are not followed is reported and removed',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const page = watched.page;
      await openAtlas(watched, origin, '#date=2000-01-01&focus=ZZ');
      await page.getByTestId('notice').waitFor();
      const text = (await readNotices(page)).fresh[0] ?? '';
      check(text.includes('“ZZ”') && text.includes('AM, AZ'), `notice names the choices: ${text}`);
      await page.waitForFunction(() => !location.hash.includes('focus='));
      checkEqual(
        await page.getByLabel('Relations of').inputValue(),
        '',
        'no focus is chosen in the selector',
      );
      checkNoProblems(watched.problems);
    },
  },
];
