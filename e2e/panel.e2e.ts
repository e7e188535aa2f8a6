/** Issue 6: click a region and read its story; search; shared links; the keyboard. */
import type { Page } from 'playwright-core';
import { mapIdle, openAtlas, openWatchedPage, screenPoint } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { controllerShownAt, showOverlays } from './map-reading';
import { place } from './places';

const SHUSHA = place('shusha');

async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const p = await screenPoint(page, lon, lat);
  // A few pixels off the town marker: the click is about the area around it.
  await page.mouse.click(p.x + 6, p.y - 6);
}

async function panelController(page: Page): Promise<string> {
  const panel = page.getByTestId('details-panel');
  await panel.waitFor();
  return ((await panel.getByTestId('details-controller').textContent()) ?? '').trim();
}

export const tests: E2ETest[] = [
  ...(
    [
      ['2019-06-01', 'Nagorno-Karabakh Republic / Artsakh (de facto)'],
      ['2021-06-01', 'Azerbaijan'],
    ] as const
  ).map(([date, expected]): E2ETest => ({
    name: `clicking Shusha on ${date} opens its panel with who held it`,
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, `#map=9/39.758/46.748&date=${date}&layers=control`);
      await mapIdle(page);
      await clickMapAt(page, ...SHUSHA);
      checkEqual(await panelController(page), expected, `controller of Shusha on ${date}`);
      const title = (await page.getByTestId('details-title').textContent()) ?? '';
      check(title.includes('Shusha'), `panel title names Shusha: ${title}`);
      await page.waitForFunction(() => location.hash.includes('select=zone:'));
      checkNoProblems(watched.problems);
    },
  })),
  {
    name: 'every statement in a panel cites a source that is listed with its address',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01&select=zone:shusha');
      const panel = page.getByTestId('details-panel');
      await panel.waitFor();
      // The bibliography: entry number -> whether it links to an http(s) address.
      const listed = new Map<number, boolean>();
      for (const entry of await panel.getByTestId('details-sources').locator('li').all()) {
        const n = /^\s*\[(\d+)\]/.exec((await entry.textContent()) ?? '')?.[1];
        check(n, `a numbered bibliography entry: ${await entry.textContent()}`);
        listed.set(Number(n), (await entry.locator('a[href^="http"]').count()) > 0);
      }
      check(listed.size > 0, 'the panel lists its sources');
      // The statements: who holds the zone today, and each segment of its control history.
      const statements = [
        page.getByTestId('details-controller').locator('xpath=..'),
        ...(await panel.getByTestId('details-history').locator('li').all()),
      ];
      check(statements.length > 1, 'the panel has a history of statements');
      for (const statement of statements) {
        const text = ((await statement.textContent()) ?? '').trim();
        const cites = statement
          .getByRole('button', { name: /\d/ })
          .filter({ hasText: /^\[\d+\]$/ });
        check((await cites.count()) > 0, `no citation after the statement "${text}"`);
        for (const cite of await cites.all()) {
          const n = Number(/\d+/.exec((await cite.textContent()) ?? '')![0]);
          check(listed.has(n), `"${text}" cites [${n}], which the bibliography does not list`);
          check(listed.get(n), `source [${n}] has no address`);
        }
      }
      // A citation leads to its entry.
      const first = statements[0]!
        .getByRole('button')
        .filter({ hasText: /^\[\d+\]$/ })
        .first();
      const n = /\d+/.exec((await first.textContent()) ?? '')![0];
      await first.click();
      await page.waitForFunction(
        (expected) => document.activeElement?.textContent?.trim().startsWith(`[${expected}]`),
        n,
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'search for an event by keyboard and open it',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2025-09-30');
      const input = page.getByTestId('search-input');
      await input.click();
      await input.pressSequentially('Tianjin');
      await page.getByTestId('search-results').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const title = page.getByTestId('details-title');
      await title.waitFor();
      check(((await title.textContent()) ?? '').length > 0, 'the panel has a title');
      await page.waitForFunction(() => /select=(event|place):/.test(location.hash));
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'typing Lachin and Enter opens Lachin; Escape closes and returns focus',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01');
      const input = page.getByTestId('search-input');
      await input.click();
      await input.pressSequentially('Lachin');
      await page.getByTestId('search-results').waitFor();
      await page.keyboard.press('Enter');
      const title = page.getByTestId('details-title');
      await title.waitFor();
      check(((await title.textContent()) ?? '').includes('Lachin'), 'the panel is about Lachin');
      await page.keyboard.press('Escape');
      await page.getByTestId('details-panel').waitFor({ state: 'detached' });
      const focused = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-testid'),
      );
      checkEqual(focused, 'search-input', 'focus returns to the search box');
      check(
        await page.evaluate(() => !location.hash.includes('select=')),
        'select= leaves the URL',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a shared link with select= and names=hy opens the panel in Armenian usage',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2019-06-01&select=zone:shusha&names=hy');
      const title = (await page.getByTestId('details-title').textContent()) ?? '';
      check(title.includes('Shushi'), `title in Armenian usage: ${title}`);
      checkEqual(
        await panelController(page),
        'Nagorno-Karabakh Republic / Artsakh (de facto)',
        'controller',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a link to an unknown selection shows a notice instead of a panel',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#select=zone:atlantis');
      const notice = page.getByTestId('notice');
      await notice.waitFor();
      check(((await notice.textContent()) ?? '').includes('atlantis'), 'the notice names it');
      checkEqual(await page.getByTestId('details-panel').count(), 0, 'no panel');
      checkNoProblems(watched.problems);
    },
  },
];

tests.push(
  {
    name: "a country's panel shows its relation history with the focus country, with sources",
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      // Pakistan did not recognise Armenia until 31 Aug 2025.
      await openAtlas(watched, origin, '#date=2020-01-01&focus=AM&select=country:PK');
      const relation = page.getByTestId('details-relation');
      await relation.waitFor();
      const text = (await relation.textContent()) ?? '';
      check(/not recognised/i.test(text), `relation history mentions non-recognition: ${text}`);
      check(/31 August 2025/.test(text), `relation history shows the 2025 change: ${text}`);
      check((await relation.locator('sup, .cite, button').count()) > 0, 'with citations');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'hovering a zone highlights it and shows a tooltip with its name and controller',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=9/39.758/46.748&date=2019-06-01&layers=control');
      const p = await screenPoint(page, ...SHUSHA);
      await page.mouse.move(p.x + 6, p.y - 6);
      const tooltip = page.getByTestId('tooltip');
      await tooltip.waitFor();
      const text = (await tooltip.textContent()) ?? '';
      check(text.includes('Shusha') && text.includes('Artsakh'), `tooltip: ${text}`);
      const hovered = await page.evaluate(() => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        const f = map
          .queryRenderedFeatures({ layers: ['control-fill'] })
          .find((x) => x.properties.piece === 'shusha');
        return f ? map.getFeatureState({ source: 'control', id: f.id! }).hover : null;
      });
      checkEqual(hovered, true, 'the hovered zone is highlighted');
      checkNoProblems(watched.problems);
    },
  },
);

tests.push({
  name: 'on a phone-sized screen the panel opens as a bottom sheet',
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin, { width: 390, height: 844 });
    const { page } = watched;
    await openAtlas(watched, origin, '#date=2021-06-01&select=zone:shusha');
    const panel = page.getByTestId('details-panel');
    await panel.waitFor();
    const box = await panel.boundingBox();
    check(box, 'the panel is on screen');
    // It stands on the timeline, so the date control stays free (e2e/layout.e2e.ts).
    const timeline = await page.locator('footer.timeline-box').boundingBox();
    check(timeline, 'the timeline is on screen');
    check(
      Math.abs(box.y + box.height - timeline.y) < 2 && box.width > 380,
      `a full-width sheet on the timeline, got ${JSON.stringify(box)}`,
    );
    checkNoProblems(watched.problems);
  },
});

tests.push({
  name: "clicking a town's marker opens the town, with who held it that day",
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    // Stepanakert / Khankendi was held by Artsakh until the end of September 2023.
    await openAtlas(watched, origin, '#map=9/39.79/46.75&date=2021-06-01&layers=control');
    const p = await screenPoint(page, ...place('stepanakert'));
    await page.mouse.click(p.x, p.y);
    const title = (await page.getByTestId('details-title').textContent()) ?? '';
    check(title.includes('Stepanakert'), `the panel is about the town: ${title}`);
    checkEqual(
      await panelController(page),
      'Nagorno-Karabakh Republic / Artsakh (de facto)',
      'who held Stepanakert on 1 June 2021',
    );
    await page.waitForFunction(() => location.hash.includes('select=place:'));
    checkNoProblems(watched.problems);
  },
});

tests.push({
  name: "clicking a segment of a zone's control history sets the date and the map follows",
  async run({ browser, origin }) {
    const watched = await openWatchedPage(browser, origin);
    const { page } = watched;
    await openAtlas(watched, origin, '#map=9/39.758/46.748&date=2021-06-01&select=zone:shusha');
    const history = page.getByTestId('details-history');
    await history.waitFor();
    // Shusha was taken on 9 May 1992: the Artsakh segment starts there.
    await history
      .getByRole('button', { name: /Artsakh/ })
      .first()
      .click();
    await page.waitForFunction(() => location.hash.includes('date=1992-05-09'));
    checkEqual(
      await panelController(page),
      'Nagorno-Karabakh Republic / Artsakh (de facto)',
      'the panel follows the new date',
    );
    await mapIdle(page);
    await showOverlays(page, false);
    checkEqual(await controllerShownAt(page, ...SHUSHA), 'NKR', 'the map shows 9 May 1992');
    checkNoProblems(watched.problems);
  },
});
