/**
 * `npm run soak`: a long session on the test build, to see whether the JS heap creeps. It builds
 * the test build when it is missing or older than the sources, serves it, runs seeded steps (see
 * soak-steps.ts), and prints the heap after forced GC after the warm-up and at the end, the
 * growth, and how many page problems there were. It never fails on figures; it exits non-zero
 * when the page had errors.
 * Usage: tsx bench/soak.ts [--steps N] [--warmup N] [--seed N] [--only kind,kind] [--build]
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { toDay } from '../src/lib/time/days';
import { megabytes } from './heap';
import { describeGrowth, measureHeapGrowth } from './heap-growth';
import { STEP_KINDS, type StepKind } from './soak-steps';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureTestBuild(): string {
  const dist = join(root, 'dist-e2e');
  const built = join(dist, 'index.html');
  const stale =
    !existsSync(built) ||
    Math.max(newestChange(join(root, 'src')), newestChange(join(root, 'public'))) >
      statSync(built).mtimeMs;
  if (stale || process.argv.includes('--build')) {
    console.log('building the test build (dist-e2e/)…');
    execSync('npx vite build --mode e2e --outDir dist-e2e --logLevel warn', {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return dist;
}

async function main(): Promise<void> {
  const total = Number(option('--steps', '5000'));
  const warmup = Number(option('--warmup', '200'));
  const seed = Number(option('--seed', '1988'));
  const only = option('--only', '');
  const kinds = only ? (only.split(',') as StepKind[]) : STEP_KINDS;
  const unknown = kinds.filter((k) => !STEP_KINDS.includes(k));
  if (unknown.length) throw new Error(`unknown step kinds: ${unknown.join(', ')}`);

  const server = await serveStatic(ensureTestBuild());
  const browser = await launchChromium();
  try {
    const watched = await openWatchedPage(browser, server.origin);
    const { page } = watched;
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
    const manifest = (await (await fetch(`${server.origin}/data/manifest.json`)).json()) as {
      firstDay: string;
      verifiedThrough: string;
    };
    const range = { first: toDay(manifest.firstDay), last: toDay(manifest.verifiedThrough) };
    console.log(
      `soak: ${warmup} warm-up + ${total} steps (${kinds.join(', ')}), seed ${seed}, on ${server.origin}`,
    );
    const growth = await measureHeapGrowth(page, range, {
      steps: total,
      warmup,
      seed,
      kinds,
      onPoint: (steps, heap) => console.log(`  after ${steps} steps: ${megabytes(heap)}`),
    });
    console.log(`  ${describeGrowth(growth)}`);
    console.log(`  page errors: ${watched.problems.length}`);
    for (const problem of watched.problems.slice(0, 10)) console.log(`    ${problem}`);
    process.exitCode = watched.problems.length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
