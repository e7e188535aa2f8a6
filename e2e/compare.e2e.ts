/**
 * Comparing two days (issue 13, point 2): the table of km² gained and lost, checked against the
 * published control summary (public/data/control-summary.json), not the code under test; the
 * map's marks over an area that changed hands and none over one that did not; the toggle that
 * swaps the two days, by button and by the X key; the URL and a reload; the panel's own chunk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { checkAccessible } from './accessibility';
import { mapIdle, openAtlas, openWatchedPage, screenPoint } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { showOverlays } from './map-reading';
import { place } from './places';

interface Summary {
  rows: { date: string; km2: Record<string, number> }[];
}
const summary = JSON.parse(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'data', 'control-summary.json'),
    'utf8',
  ),
) as Summary;

/** km² a controller held on a day, by the summary: the last row on or before the day. */
function heldOn(controller: string, date: string): number {
  const rows = summary.rows.filter((r) => r.date <= date);
  const row = rows[rows.length - 1];
  if (!row) throw new Error(`no summary row on or before ${date}`);
  return row.km2[controller] ?? 0;
}

/** The km² the table gives for a controller, in the column `column` (gained, lost). */
async function tableKm2(page: Page, controller: string, column: 1 | 2): Promise<number> {
  const cell = page.locator(`[data-testid="compare-table"] tr[data-controller="${controller}"]`);
  check((await cell.count()) === 1, `the table has a row for ${controller}`);
  return Number(
    await cell
      .locator('td')
      .nth(column - 1)
      .getAttribute('data-km2'),
  );
}

function within5(actual: number, expected: number, what: string): void {
  check(expected > 0, `${what}: the summary gives a change`);
  check(
    Math.abs(actual - expected) <= 0.05 * expected,
    `${what}: ${actual} km² in the table, ${expected.toFixed(1)} km² by the summary`,
  );
}

/** Near-black pixels (the comparison's sign ink) in a square around a place. */
async function inkAround(page: Page, id: string, size = 15): Promise<number> {
  const [lon, lat] = place(id);
  const p = await screenPoint(page, lon, lat);
  const half = Math.floor(size / 2);
  const png = PNG.sync.read(
    await page.screenshot({
      clip: { x: Math.round(p.x) - half, y: Math.round(p.y) - half, width: size, height: size },
    }),
  );
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i]! < 60 && png.data[i + 1]! < 60 && png.data[i + 2]! < 60) ink++;
  }
  return ink;
}

const hashOf = (page: Page) => page.evaluate(() => location.hash);

export const tests: E2ETest[] = [
  {
    name: 'compare: 2020-11-10 against 2020-09-26 lists the Karabakh authorities losing and Azerbaijan gaining',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=10/39.79/46.75&date=2020-11-10&compare=2020-09-26');
      const table = page.getByTestId('compare-table');
      await table.waitFor();
      const lost = await tableKm2(page, 'NKR', 2);
      within5(lost, heldOn('NKR', '2020-09-26') - heldOn('NKR', '2020-11-10'), 'NKR lost');
      const gained = await tableKm2(page, 'AZ', 1);
      within5(gained, heldOn('AZ', '2020-11-10') - heldOn('AZ', '2020-09-26'), 'AZ gained');
      checkEqual(await tableKm2(page, 'AZ', 2), 0, 'Azerbaijan lost nothing');
      const nkrName = (await table.locator('tr[data-controller="NKR"] th').textContent()) ?? '';
      check(nkrName.includes('Nagorno-Karabakh'), `the loser is named: “${nkrName}”`);
      const azName = (await table.locator('tr[data-controller="AZ"] th').textContent()) ?? '';
      check(azName.includes('Azerbaijan'), `the gainer is named: “${azName}”`);

      // The map marks Shusha, which changed hands, and not Stepanakert, which did not.
      await showOverlays(page, false);
      const marked = {
        shusha: await inkAround(page, 'shusha'),
        ste: await inkAround(page, 'stepanakert'),
      };
      await page.getByTestId('compare-stop').click();
      await page.waitForFunction(() => !location.hash.includes('compare='));
      await mapIdle(page);
      const plain = {
        shusha: await inkAround(page, 'shusha'),
        ste: await inkAround(page, 'stepanakert'),
      };
      check(
        marked.shusha >= plain.shusha + 8,
        `Shusha is marked while comparing (${marked.shusha} sign pixels, ${plain.shusha} without)`,
      );
      checkEqual(marked.ste, plain.ste, 'sign pixels at Stepanakert, comparing or not');
      checkEqual(await page.getByTestId('compare-panel').count(), 0, 'stopping closes the panel');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'compare: the toggle swaps the day shown and the URL, by button and X key, and a reload keeps it',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2020-11-10&compare=2020-09-26');
      const toggle = page.getByTestId('compare-toggle');
      await toggle.waitFor();
      await toggle.click();
      await page.waitForFunction(() => location.hash.includes('date=2020-09-26'));
      check((await hashOf(page)).includes('compare=2020-11-10'), 'the compared day is the other');
      const shown = (await page.getByTestId('compare-shown').textContent()) ?? '';
      check(shown.includes('26 September 2020'), `the panel says which day is shown: “${shown}”`);
      const key = (await page.getByTestId('compare-key').textContent()) ?? '';
      check(key.includes('lost'), `the earlier day shown marks what its holders lost: “${key}”`);

      // Keyboard: Enter on the focused button, then X anywhere but a text field.
      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.includes('date=2020-11-10'));
      await page
        .locator('body')
        .click({ position: { x: 5, y: 400 } })
        .catch(() => undefined);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('x');
      await page.waitForFunction(() => location.hash.includes('date=2020-09-26'));
      // Typing an x into a text field does not swap.
      await page.getByTestId('compare-date-input').focus();
      await page.keyboard.press('x');
      check(
        (await hashOf(page)).includes('date=2020-09-26'),
        'an x typed in a field does not swap',
      );

      await page.reload();
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
      await page.getByTestId('compare-table').waitFor();
      const after = await hashOf(page);
      check(
        after.includes('date=2020-09-26') && after.includes('compare=2020-11-10'),
        `a reload reopens the comparison: ${after}`,
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'compare: “Compare with…” loads its chunk on demand; 1994-05-12 against 1991-12-01',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=1994-05-12');
      const chunks = () =>
        page.evaluate(
          () =>
            performance.getEntriesByType('resource').filter((e) => /ComparePanel/.test(e.name))
              .length,
        );
      checkEqual(await chunks(), 0, 'the comparison’s code is not loaded with the first view');
      await page.getByTestId('compare-open').focus();
      await page.keyboard.press('Enter');
      const input = page.getByTestId('compare-date-input');
      await input.waitFor();
      check((await chunks()) > 0, 'the comparison’s code is loaded when asked for');
      check(
        await input.evaluate((el) => el === document.activeElement),
        'the date field has the focus',
      );
      await page.keyboard.type('1 December 1991');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.includes('compare=1991-12-01'));
      await page.getByTestId('compare-table').waitFor();
      const gained = await tableKm2(page, 'NKR', 1);
      within5(gained, heldOn('NKR', '1994-05-12') - heldOn('NKR', '1991-12-01'), 'NKR gained');
      const lost = await tableKm2(page, 'AZ', 2);
      within5(lost, heldOn('AZ', '1991-12-01') - heldOn('AZ', '1994-05-12'), 'AZ lost (gross)');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'compare: axe-core finds no violation in the comparison, on a desktop and a phone',
    async run({ browser, origin }) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const watched = await openWatchedPage(browser, origin, viewport, { axe: true });
        await openAtlas(watched, origin, '#date=2020-11-10&compare=2020-09-26');
        await watched.page.getByTestId('compare-table').waitFor();
        await mapIdle(watched.page);
        await checkAccessible(
          watched.page,
          `the comparison at ${viewport.width}x${viewport.height}`,
        );
        checkNoProblems(watched.problems);
        await watched.page.context().close();
      }
    },
  },
];
