/**
 * Checks that the first `npm start` does not reload the page: with Vite's dependency cache
 * removed (node_modules/.vite), starts the dev server, opens the atlas in Chromium, waits until
 * the map is ready and the server has been quiet for a while, and reports every navigation of
 * the page and what Vite said about optimising dependencies. Fails (exit 1) on a reload.
 *
 * Slow (it optimises every dependency from scratch), so it is not part of `npm test`:
 *   npx tsx scripts/dev-reload-check.ts [--keep-cache]
 * Dependencies Vite must pre-bundle are listed in `optimizeDeps.include` (vite.config.ts).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/browser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 5199;
const QUIET_MS = 8000;
/** A terminal colour code (ESC [ … m). */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

async function main(): Promise<void> {
  if (!process.argv.includes('--keep-cache')) {
    rmSync(join(root, 'node_modules/.vite'), { recursive: true, force: true });
  }
  const vite = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(PORT)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  );
  const log: string[] = [];
  let lastOutput = Date.now();
  const read = (chunk: Buffer) => {
    lastOutput = Date.now();
    // Without the terminal's colour codes.
    const text = chunk.toString().replace(ANSI_COLOUR, '');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      log.push(line.trim());
      console.log(`vite: ${line.trim()}`);
    }
  };
  vite.stdout.on('data', read);
  vite.stderr.on('data', read);
  const origin = `http://127.0.0.1:${PORT}`;
  const browser = await launchChromium();
  try {
    const started = Date.now();
    while (!log.some((line) => line.includes(origin))) {
      if (Date.now() - started > 60_000) throw new Error(`vite did not start:\n${log.join('\n')}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Each load of a document (a reload included); the app's own history writes are not loads.
    const loads: string[] = [];
    page.on('load', () => {
      loads.push(page.url());
      console.log(`page: document load ${loads.length} (${page.url()})`);
    });
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') console.log(`console error: ${message.text()}`);
    });
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 240_000 });
    console.log(`page: map ready after ${Date.now() - started} ms`);
    // Vite optimises what it finds late in the background and reloads afterwards: wait until
    // it has been quiet for a while, and the page idle.
    let seenLoads = loads.length;
    let quietSince = Date.now();
    while (Date.now() - Math.max(lastOutput, quietSince) < QUIET_MS) {
      await new Promise((done) => setTimeout(done, 500));
      if (loads.length !== seenLoads) {
        seenLoads = loads.length;
        quietSince = Date.now();
      }
    }
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 180_000 });
    console.log(`document loads: ${loads.length}`);
    // Vite says so when it found a dependency late and reloads the page for it. (A "page
    // reload" of an unrelated HTML file, such as a build written meanwhile, reloads nothing.)
    const reloadSaid = log.filter((line) =>
      /new dependencies optimized|optimized dependencies changed|reloading/i.test(line),
    );
    if (failures.length > 0) console.log(`failed responses:\n  ${failures.join('\n  ')}`);
    if (loads.length !== 1 || reloadSaid.length > 0 || failures.length > 0) {
      console.log('FAIL: the page reloaded, or a request failed');
      process.exitCode = 1;
    } else console.log('OK: one navigation, no reload, no failed request');
  } finally {
    await browser.close();
    vite.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
