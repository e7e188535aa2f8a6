/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 and measures it in headless Chromium.
 * It prints figures and never fails on them (wall-clock numbers vary by machine; compare runs on
 * the same machine). Usage: tsx bench/run.ts [--loads N] [--skip-build]
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { runDateChangeBench } from './date-change';
import { median, percentile } from './stats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizeTable(): void {
  const groups: Record<string, { raw: number; gzip: number; files: number }> = {};
  const add = (group: string, file: string) => {
    const bytes = readFileSync(file);
    const entry = (groups[group] ??= { raw: 0, gzip: 0, files: 0 });
    entry.raw += bytes.length;
    entry.gzip += gzipSync(bytes, { level: 9 }).length;
    entry.files++;
  };
  for (const file of readdirSync(join(dist, 'assets'))) {
    const path = join(dist, 'assets', file);
    if (/maplibre-gl-worker/.test(file)) add('JS: MapLibre worker', path);
    else if (/^maplibre.*\.js$/.test(file)) add('JS: MapLibre', path);
    else if (file.endsWith('.js')) add('JS: our code', path);
    else if (file.endsWith('.css')) add('CSS', path);
    else if (/\.(woff2?|ttf)$/.test(file)) add('Fonts (fetched per script)', path);
  }
  for (const file of readdirSync(join(dist, 'data'))) {
    add(file === 'base.json' ? 'Data: base geography' : 'Data: atlas', join(dist, 'data', file));
  }
  console.log('\nTransfer sizes (gzip -9)');
  for (const [group, { raw, gzip, files }] of Object.entries(groups)) {
    console.log(
      `  ${group.padEnd(28)} ${kb(gzip).padStart(10)} gzip  ${kb(raw).padStart(10)} raw  (${files} files)`,
    );
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    console.log('building (vite build)…');
    execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  }
  sizeTable();
  const loads = Math.max(5, arg('--loads', 7));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      const watched = await openWatchedPage(browser, server.origin);
      await watched.page.goto(`${server.origin}/`);
      await watched.page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
      const ready = await watched.page.evaluate(
        () => performance.getEntriesByName('atlas-ready')[0]?.startTime ?? NaN,
      );
      times.push(ready);
      if (watched.problems.length) console.log(`  load ${i + 1}: ${watched.problems.join('; ')}`);
      await watched.page.context().close();
    }
    console.log(
      `\nNavigation to first idle, ${loads} loads, 1280x800, headless Chromium (SwiftShader)`,
    );
    console.log(
      `  median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
    );
    console.log(`  all: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    await runDateChangeBench(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
