/**
 * `npm run bench`: the load baseline and the date-change figures, in headless Chromium.
 * It builds and serves the production app (dist/) and, beside it, a bare MapLibre page drawing
 * only the base map with the app's first view; loads them alternately, each in a fresh context,
 * with the app also opened from a shared link zoomed on Karabakh in 1994;
 * prints both medians and their ratio, the app's load breakdown and a budget table; then runs
 * the date-change and view-switch figures and the heap growth over a soak of seeded steps (heap-growth.ts) on
 * the test build. It never fails on figures (they vary by machine; compare runs on the same
 * machine). Usage: tsx bench/run.ts [--loads N] [--heap-steps N] [--skip-build]
 * [--load-only] (the load figures only, without the date-change and heap runs); --loads below 7
 * is for a quick look at the breakdown only
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { toDay } from '../src/lib/time/days';
import { buildAll, buildDirs } from './builds';
import { runCompareToggleBench } from './compare-toggle';
import { runDateChangeBench } from './date-change';
import { runViewSwitchBench } from './view-switch';
import { HEAP_STEPS, describeGrowth, measureHeapGrowth } from './heap-growth';
import { type LoadSample, measureLoad } from './load';
import {
  medianLoad,
  printBreakdown,
  printBudget,
  printComparison,
  printSharedLink,
  printWork,
} from './load-report';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_LINK = '#map=8/39.8/46.7&date=1994-06-01';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const heapSteps = arg('--heap-steps', HEAP_STEPS);
  const dirs = process.argv.includes('--skip-build') ? buildDirs(root) : await buildAll(root);
  // At least 7 for figures to compare; fewer only to look at a breakdown quickly.
  const loads = Math.max(1, arg('--loads', 7));
  if (loads < 7) console.log(`${loads} loads each: a quick look, not figures to compare`);
  const production = await serveStatic(dirs.production);
  const bare = await serveStatic(dirs.bare);
  const testBuild = await serveStatic(dirs.testBuild);
  const browser = await launchChromium();

  async function heapGrowthOnTestBuild(origin: string) {
    const watched = await openWatchedPage(browser, origin);
    await watched.page.goto(`${origin}/`);
    await watched.page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
    const manifest = (await (await fetch(`${origin}/data/manifest.json`)).json()) as {
      firstDay: string;
      verifiedThrough: string;
    };
    const range = { first: toDay(manifest.firstDay), last: toDay(manifest.verifiedThrough) };
    console.log(`\nHeap growth: soak steps on the test build (${heapSteps} steps)`);
    const growth = await measureHeapGrowth(watched.page, range, { steps: heapSteps });
    if (watched.problems.length) console.log(`  page problems: ${watched.problems.length}`);
    await watched.page.context().close();
    return growth;
  }

  try {
    const app: LoadSample[] = [];
    const baseline: LoadSample[] = [];
    const shared: LoadSample[] = [];
    // Alternately, so that a slow spell of the machine weighs on both alike.
    for (let i = 0; i < loads; i++) {
      const a = await measureLoad(
        browser,
        `${production.origin}/`,
        '.map[data-ready="true"]',
        'atlas-ready',
        true,
      );
      const b = await measureLoad(
        browser,
        `${bare.origin}/`,
        '#map[data-ready="true"]',
        'bare-ready',
        false,
      );
      // A shared link zoomed on Karabakh in 1994: it must be no slower than the default view.
      const c = await measureLoad(
        browser,
        `${production.origin}/${SHARED_LINK}`,
        '.map[data-ready="true"]',
        'atlas-ready',
        false,
      );
      for (const [what, sample] of [
        ['app', a],
        ['bare', b],
        ['shared link', c],
      ] as const) {
        if (sample.problems.length)
          console.log(`  ${what} load ${i + 1}: ${sample.problems.join('; ')}`);
      }
      app.push(a);
      baseline.push(b);
      shared.push(c);
    }
    printComparison(app, baseline);
    printSharedLink(SHARED_LINK, shared, app);
    printWork([
      ['app', app],
      ['bare', baseline],
      ['shared link', shared],
    ]);
    printBreakdown(app, baseline);
    const loadOnly = process.argv.includes('--load-only');
    const heap = loadOnly ? undefined : await runDateChangeBench(browser, testBuild.origin);
    // Beside the date changes: a view switch after the first should cost one frame too.
    if (!loadOnly) await runViewSwitchBench(browser, testBuild.origin);
    if (!loadOnly) await runCompareToggleBench(browser, testBuild.origin);
    printBudget(medianLoad(app), dirs.production, heap);
    if (!loadOnly)
      console.log(`  ${describeGrowth(await heapGrowthOnTestBuild(testBuild.origin))}`);
  } finally {
    await browser.close();
    await Promise.all([production.close(), bare.close(), testBuild.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
