/**
 * Browser tests: serves a built app on 127.0.0.1, runs every test of a suite in Debian's headless
 * Chromium, and ends with the line `N passed, N failed`.
 * Usage: tsx e2e/run.ts [--suite smoke|e2e] [--dist DIR] [name filter]
 * Without --suite it runs both, in this order:
 * - `smoke`: every e2e/*.smoke.ts against the production build (dist/) itself;
 * - `e2e`: every e2e/*.e2e.ts against the test build (dist-e2e/, which has the window.__atlas
 *   hook the tests use to reach the map).
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, launchChromium } from './browser';
import type { E2ETest } from './harness';
import { serveStatic } from './server';

const here = dirname(fileURLToPath(import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function filterArgument(): string {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith('--')) i++;
    else return args[i]!;
  }
  return '';
}

const SUITES: Record<string, string> = { smoke: 'dist', e2e: 'dist-e2e' };

async function loadSuite(
  suite: string,
  filter: string,
): Promise<{ file: string; test: E2ETest }[]> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith(`.${suite}.ts`))
    .sort();
  const tests: { file: string; test: E2ETest }[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as { tests: E2ETest[] };
    for (const test of module.tests) {
      if (test.name.includes(filter) || file.startsWith(`${filter}.`)) tests.push({ file, test });
    }
  }
  return tests;
}

async function main(): Promise<void> {
  const only = option('--suite', '');
  const suites = only ? [only] : Object.keys(SUITES);
  const filter = filterArgument();
  const browser = await launchChromium();
  console.log(`browser tests in ${CHROMIUM} ${browser.version()}`);
  let passed = 0;
  let failed = 0;
  let count = 0;
  try {
    for (const suite of suites) {
      const dist = resolve(here, '..', option('--dist', SUITES[suite] ?? 'dist-e2e'));
      const tests = await loadSuite(suite, filter);
      count += tests.length;
      const server = await serveStatic(dist);
      console.log(`${suite}: ${tests.length} tests against ${dist}`);
      try {
        for (const { file, test } of tests) {
          const started = performance.now();
          try {
            await test.run({ browser, origin: server.origin, dist });
            passed++;
            console.log(
              `  ✓ ${file} › ${test.name} (${Math.round(performance.now() - started)} ms)`,
            );
          } catch (error) {
            failed++;
            console.log(`  ✗ ${file} › ${test.name}`);
            console.log(
              `    ${String(error instanceof Error ? error.message : error).replace(/\n/g, '\n    ')}`,
            );
          }
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || count === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
