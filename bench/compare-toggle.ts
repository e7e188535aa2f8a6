/**
 * Compare-toggle benchmark (issue 13): with two days compared, how long from pressing the swap
 * button to the first frame in which the map drew the other day, and how many map frames each
 * swap costs until `idle`, beside a date change made while comparing (through the test hook).
 * Runs on the test build; `npx tsx bench/compare-toggle.ts` runs this part alone on dist-e2e/.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { toDay } from '../src/lib/time/days';
import { median, percentile } from './stats';

interface Sample {
  drawn: number;
  idle: number;
  frames: number;
}

type Action = 'toggle' | 'date';

/** Runs inside the page: `count` swaps (or date changes), each settled to `idle`. */
function measureInPage(page: Page, action: Action, days: number[], count: number) {
  return page.evaluate(
    async ({ action, days, count }) => {
      type Atlas = { map: import('maplibre-gl').Map; app: { setDay(day: number): void } };
      const { map, app } = (window as unknown as { __atlas: Atlas }).__atlas;
      const toggle = document.querySelector<HTMLButtonElement>('[data-testid="compare-toggle"]');
      if (!toggle) throw new Error('no compare toggle on the page');
      await new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      });
      const samples: { drawn: number; idle: number; frames: number }[] = [];
      for (let i = 0; i < count; i++) {
        const sample = await new Promise<{ drawn: number; idle: number; frames: number }>(
          (done) => {
            let frames = 0;
            let drawn = NaN;
            const start = performance.now();
            const timer = setTimeout(() => finish(NaN), 5000);
            const finish = (idle: number) => {
              clearTimeout(timer);
              map.off('render', onRender);
              map.off('idle', onIdle);
              done({ drawn, idle, frames });
            };
            const onRender = () => {
              frames++;
              if (Number.isNaN(drawn)) drawn = performance.now() - start;
            };
            const onIdle = () => finish(performance.now() - start);
            map.on('render', onRender);
            map.on('idle', onIdle);
            if (action === 'toggle') toggle.click();
            else app.setDay(days[i % days.length]!);
          },
        );
        samples.push(sample);
        await new Promise((r) => setTimeout(r, 50));
      }
      return samples;
    },
    { action, days, count },
  );
}

function report(label: string, all: Sample[]): string {
  const samples = all.filter((s) => !Number.isNaN(s.drawn) && !Number.isNaN(s.idle));
  const drawn = samples.map((s) => s.drawn);
  const frames = samples.map((s) => s.frames);
  const idle = samples.map((s) => s.idle);
  let line =
    `  ${label.padEnd(28)} input to drawn: median ${median(drawn).toFixed(1)} ms, ` +
    `p95 ${percentile(drawn, 95).toFixed(1)} ms; frames to idle: median ${median(frames)}, ` +
    `max ${Math.max(...frames)}; to idle median ${median(idle).toFixed(1)} ms`;
  if (samples.length < all.length) line += ` (${all.length - samples.length} drew nothing)`;
  return line;
}

/** The compare-toggle figures, printed beside a date change made while comparing. */
export async function runCompareToggleBench(browser: Browser, origin: string): Promise<void> {
  const watched = await openWatchedPage(browser, origin);
  const page = watched.page;
  await page.goto(`${origin}/#map=7/40.0/46.5&date=2020-11-10&compare=2020-09-26`);
  await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid="compare-toggle"]', { timeout: 60_000 });
  // Change days of the 2020 war: each date change really changes the map and its marks.
  const days = ['2020-10-04', '2020-10-20', '2020-11-10', '2020-11-25', '2020-12-01'].map(toDay);
  const count = 60;
  console.log(
    '\nCompare toggle at 1280x800, Karabakh view, 10 Nov 2020 against 26 Sep 2020, settled',
  );
  const toggles = await measureInPage(page, 'toggle', days, count);
  const dates = await measureInPage(page, 'date', days, count);
  console.log(report('swap the two days', toggles));
  console.log(report('date change while comparing', dates));
  if (watched.problems.length) console.log(`  page problems: ${watched.problems.join('; ')}`);
  await page.context().close();
}

// Alone: `npx tsx bench/compare-toggle.ts` (after `npm run build:e2e`).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await serveStatic(resolve(fileURLToPath(import.meta.url), '../../dist-e2e'));
  const browser = await launchChromium();
  try {
    await runCompareToggleBench(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}
