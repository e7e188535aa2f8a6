/**
 * Issue 13, guided stories: a story walked from start to end by keyboard alone, each step's
 * link reopening that step (same day, selection and text), the stories' file and code loaded
 * only when asked for, and the card on a phone clear of the date control. Expected values come
 * from the published stories file (public/data/stories.json, read from the build under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { StoriesFile, Story } from '../src/lib/domain/stories';
import { checkAccessible } from './accessibility';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';

function storiesOf(dist: string): StoriesFile {
  return JSON.parse(readFileSync(join(dist, 'data', 'stories.json'), 'utf8')) as StoriesFile;
}

function storyOf(dist: string, id: string): Story {
  const story = storiesOf(dist).stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id} in the build's stories.json`);
  return story;
}

/** Presses Tab until the element with `testId` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, testId: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${testId}`);
}

function hashParam(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
}

/** Waits until the card shows step `n` (1-based) and the URL says so. */
async function waitForStep(page: Page, id: string, n: number): Promise<void> {
  await page.waitForSelector(`[data-testid="story-card"][data-step="${n}"]`, { timeout: 30_000 });
  await page.waitForFunction(
    ([i, s]) => location.hash.includes(`story=${i}&step=${s}`),
    [id, String(n)] as const,
    { timeout: 30_000 },
  );
}

/** The card's sentences without their citation marks. */
async function cardText(page: Page): Promise<string> {
  return page.getByTestId('story-text').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.cites').forEach((c) => c.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** What the reader sees of a step, to compare a reopened link with the walked step. */
async function shownStep(page: Page) {
  return {
    date: await hashParam(page, 'date'),
    select: await hashParam(page, 'select'),
    focus: await hashParam(page, 'focus'),
    layers: await hashParam(page, 'layers'),
    position: ((await page.getByTestId('story-position').textContent()) ?? '').trim(),
    text: await cardText(page),
  };
}

export const tests: E2ETest[] = [
  {
    name: 'stories: a story is walked from start to end by keyboard, and each step’s URL reopens that step',
    async run({ browser, origin, dist }) {
      const story = storyOf(dist, 'war-2020');
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2021-06-01');
      await tabTo(page, 'stories-button');
      await page.keyboard.press('Enter');
      await page.getByTestId('story-list').waitFor();
      await tabTo(page, `story-pick-${story.id}`, 20);
      await page.keyboard.press('Enter');

      const walked: { hash: string; shown: Awaited<ReturnType<typeof shownStep>> }[] = [];
      for (let i = 0; i < story.steps.length; i++) {
        const step = story.steps[i]!;
        await waitForStep(page, story.id, i + 1);
        const shown = await shownStep(page);
        checkEqual(shown.date, step.date, `the day of step ${i + 1}`);
        checkEqual(shown.select, step.select ?? null, `the selection of step ${i + 1}`);
        checkEqual(shown.position, `Story · step ${i + 1} of ${story.steps.length}`, 'position');
        const expected = step.text.map((s) => s.text).join(' ');
        checkEqual(shown.text, expected, `the text of step ${i + 1}`);
        // The timeline shows the step's day too (its field writes it in words).
        const year = step.date.slice(0, 4);
        const field = await page.getByTestId('timeline-date-input').inputValue();
        check(field.includes(year), `the date field shows ${step.date}: ${field}`);
        // Keyboard focus stays in the card, so the next key press goes to the story.
        const inCard = await page.evaluate(
          () => !!document.activeElement?.closest('[data-testid="story-card"]'),
        );
        check(inCard, `focus left the card at step ${i + 1}`);
        walked.push({ hash: await page.evaluate(() => location.hash), shown });
        // Both key pairs: → on odd steps, PageDown on even ones.
        await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
      }
      // Past the end nothing moves (the timeline did not take the key either).
      await page.waitForTimeout(0);
      checkEqual(await hashParam(page, 'step'), String(story.steps.length), 'step after the end');
      checkEqual(await hashParam(page, 'date'), story.steps.at(-1)!.date, 'day after the end');
      await page.keyboard.press('ArrowLeft');
      await waitForStep(page, story.id, story.steps.length - 1);
      await page.keyboard.press('PageUp');
      await waitForStep(page, story.id, story.steps.length - 2);
      checkEqual(
        await hashParam(page, 'date'),
        story.steps.at(-3)!.date,
        'PageUp goes back one step',
      );
      checkNoProblems(watched.problems);

      // Each step's link, opened afresh, shows the same day, selection and text.
      for (let i = 0; i < walked.length; i++) {
        const reopened = await openWatchedPage(browser, origin);
        const shareable = walked[i]!.hash.replace(/(^#|&)map=[^&]*/, '$1').replace('#&', '#');
        await openAtlas(reopened, origin, shareable);
        await waitForStep(reopened.page, story.id, i + 1);
        const shown = await shownStep(reopened.page);
        checkEqual(shown, walked[i]!.shown, `step ${i + 1} reopened from ${shareable}`);
        if (story.steps[i]!.select) {
          await reopened.page.getByTestId('details-panel').waitFor({ timeout: 30_000 });
        }
        checkNoProblems(reopened.problems);
        await reopened.page.context().close();
      }
    },
  },
  {
    name: 'stories: a step link sets focus, layers and selection; buttons step; close keeps the map',
    async run({ browser, origin, dist }) {
      const story = storyOf(dist, 'pakistan-armenia');
      const last = story.steps.length;
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, `#story=${story.id}&step=${last}`);
      await waitForStep(page, story.id, last);
      const step = story.steps[last - 1]!;
      checkEqual(await hashParam(page, 'focus'), step.focus!, 'focus of the last step');
      checkEqual(await hashParam(page, 'layers'), step.layers!.join(','), 'layers');
      checkEqual(await hashParam(page, 'select'), step.select!, 'selection');
      await page.getByTestId('details-panel').waitFor();
      // A citation opens the step's sources, each with its address.
      await page
        .getByTestId('story-card')
        .getByRole('button', { name: /^Source 1:/ })
        .click();
      const entries = page.getByTestId('story-card').getByTestId('details-sources').locator('li');
      const cited = new Set(step.text.flatMap((s) => s.sources));
      checkEqual(await entries.count(), cited.size, 'sources listed on the card');
      check(
        (await entries.first().locator('a[href^="http"]').count()) === 1,
        'a source links to its address',
      );
      await page.getByTestId('story-previous').click();
      await waitForStep(page, story.id, last - 1);
      checkEqual(await hashParam(page, 'date'), story.steps[last - 2]!.date, 'previous step');
      await mapIdle(page);
      const before = await hashParam(page, 'map');
      await page.getByRole('button', { name: 'Close the story' }).click();
      await page.waitForFunction(() => !location.hash.includes('story='));
      checkEqual(await hashParam(page, 'map'), before, 'the map stays where the story left it');
      checkEqual(
        await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        'stories-button',
        'focus returns to the Stories button',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'stories: their file and code load only when asked for; the text follows names=',
    async run({ browser, origin, dist }) {
      const story = storyOf(dist, 'war-2020');
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(r.url()));
      await openAtlas(watched, origin, '#date=2020-11-08');
      await mapIdle(page);
      check(!fetched.some((u) => u.endsWith('/data/stories.json')), 'stories.json in first view');
      const chunks = fetched.filter((u) => /StoryPanel|StoryCard/.test(u));
      checkEqual(chunks, [], 'story code in the first view');
      // A link in Armenian usage: the place names of the text follow it.
      const n = story.steps.findIndex((s) => s.text.some((t) => t.text.includes('Shusha'))) + 1;
      check(n > 0, 'a step of the 2020 story names Shusha');
      const places = JSON.parse(readFileSync(join(dist, 'data', 'places.json'), 'utf8')) as {
        id: string;
        names: Record<string, string>;
      }[];
      const hy = places.find((p) => p.id === 'shusha')!.names.hy!;
      await page.goto(`${origin}/#names=hy&story=${story.id}&step=${n}`);
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
      await waitForStep(page, story.id, n);
      check(
        fetched.some((u) => u.endsWith('/data/stories.json')),
        'stories.json loaded',
      );
      const text = await cardText(page);
      check(text.includes(hy) && !text.includes('Shusha'), `the text uses ${hy}: ${text}`);
      checkEqual(await hashParam(page, 'names'), 'hy', 'the convention is kept by the step');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'stories: on a phone the card leaves the date control uncovered',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, { width: 390, height: 844 });
      const { page } = watched;
      await openAtlas(watched, origin, '#story=september-2023&step=2');
      await waitForStep(page, 'september-2023', 2);
      const card = (await page.getByTestId('story-card').boundingBox())!;
      const date = (await page.getByTestId('timeline-date-input').boundingBox())!;
      check(
        card.y + card.height <= date.y,
        `card ${JSON.stringify(card)} over the date ${JSON.stringify(date)}`,
      );
      check(card.x >= 0 && card.x + card.width <= 390, 'the card fits the screen');
      // Nothing else covers the date field either: the card stands in for the details sheet.
      checkEqual(await page.getByTestId('details-panel').count(), 0, 'details sheets on a phone');
      const onTop = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.getAttribute('data-testid') ?? null,
        [date.x + date.width / 2, date.y + date.height / 2] as const,
      );
      checkEqual(onTop, 'timeline-date-input', 'what is on top of the date field');
      await page.getByTestId('story-next').click();
      await waitForStep(page, 'september-2023', 3);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'stories: axe-core finds no violation in the list and on a card (desktop and phone)',
    async run({ browser, origin }) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        const watched = await openWatchedPage(browser, origin, viewport, { axe: true });
        const { page } = watched;
        await openAtlas(watched, origin, '#date=2021-06-01');
        await page.getByTestId('stories-button').click();
        await page.getByTestId('story-pick-first-war').waitFor();
        await checkAccessible(page, `the list of stories at ${viewport.width}px`);
        await page.getByTestId('story-pick-first-war').click();
        await waitForStep(page, 'first-war', 1);
        await mapIdle(page);
        await checkAccessible(page, `a story card at ${viewport.width}px`);
        checkNoProblems(watched.problems);
        await page.context().close();
      }
    },
  },
  {
    name: 'stories: a broken stories file is named in the list, and Retry loads it',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await page.route('**/data/stories.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }),
      );
      await openAtlas(watched, origin, '#date=2021-06-01');
      await page.getByTestId('stories-button').click();
      const failure = page.getByTestId('stories-failure');
      await failure.waitFor();
      const text = await failure.innerText();
      check(text.includes('“stories.json”'), `the failure names the file: ${text}`);
      await page.unroute('**/data/stories.json');
      await page.getByTestId('story-list').getByRole('button', { name: 'Retry' }).click();
      await page.getByTestId('story-pick-war-2020').waitFor();
      checkNoProblems(watched.problems);
    },
  },
];
