/**
 * View-switch benchmark (issue 13): the first switch to the claims view (which loads claims.json
 * and puts it in its source once), then switches between the three views, measured the way
 * date-change.ts measures a date change: input to the first frame the map drew, and frames to
 * that frame (back to back) or to `idle` (settled). A switch after the first is feature-state
 * only, so it should cost one frame, like a date change.
 *
 * `npm run bench` prints it beside the date-change figures; `npx tsx bench/view-switch.ts`
 * (after `npm run build:e2e`) runs this part alone.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { type FrameSample, describeFrames } from './frames-report';

type View = 'control' | 'recognised' | 'claims';
type Sample = FrameSample;

/** Runs inside the page: `count` switches cycling through `views`, back to back or settled. */
async function measureInPage(page: Page, views: View[], count: number, settle: boolean) {
  return page.evaluate(
    async ({ views, count, settle }) => {
      type Atlas = {
        map: import('maplibre-gl').Map;
        app: { showView(view: string): void };
      };
      const atlas = (window as unknown as { __atlas: Atlas }).__atlas;
      const { map } = atlas;
      await new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      });
      const samples: { drawn: number; idle: number; frames: number }[] = [];
      for (let i = 0; i < count; i++) {
        const view = views[i % views.length]!;
        samples.push(
          await new Promise((done) => {
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
              if (Number.isNaN(drawn)) {
                drawn = performance.now() - start;
                if (!settle) finish(NaN);
              }
            };
            const onIdle = () => finish(performance.now() - start);
            map.on('render', onRender);
            if (settle) map.on('idle', onIdle);
            atlas.app.showView(view);
          }),
        );
        if (settle) await new Promise((r) => setTimeout(r, 50));
      }
      return samples;
    },
    { views, count, settle },
  );
}

function report(label: string, all: Sample[], settled: boolean): string {
  return describeFrames(label, all, settled, 'view', 'switches');
}

/** Runs the view-switch figures on the test build (driven through its test hook). */
export async function runViewSwitchBench(browser: Browser, origin: string): Promise<void> {
  const watched = await openWatchedPage(browser, origin);
  const page = watched.page;
  await page.goto(`${origin}/#map=7/40.0/46.5&date=2019-06-01`);
  await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
  console.log('\nView switches at 1280x800, Karabakh view, 2019-06-01');
  // The first switch to claims: the file is fetched, checked and put in its source once.
  const first = await page.evaluate(async () => {
    type Atlas = { map: import('maplibre-gl').Map; app: { showView(view: string): void } };
    const { map, app } = (window as unknown as { __atlas: Atlas }).__atlas;
    const start = performance.now();
    app.showView('claims');
    await new Promise<void>((done) => {
      const check = () => {
        const loaded = map.getSource('claims') && map.querySourceFeatures('claims').length > 0;
        if (loaded && map.loaded()) done();
        else map.once('idle', check);
      };
      map.once('idle', check);
    });
    return performance.now() - start;
  });
  console.log(`  first switch to claims (loads claims.json): ${first.toFixed(0)} ms to idle`);
  const views: View[] = ['control', 'recognised', 'claims'];
  console.log(report('switch, back to back', await measureInPage(page, views, 150, false), false));
  console.log(report('switch, settled', await measureInPage(page, views, 150, true), true));
  if (watched.problems.length) console.log(`  page problems: ${watched.problems.join('; ')}`);
  await page.context().close();
}

// Alone: `npx tsx bench/view-switch.ts` on an existing dist-e2e/.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const server = await serveStatic(join(root, 'dist-e2e'));
  const browser = await launchChromium();
  try {
    await runViewSwitchBench(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}
