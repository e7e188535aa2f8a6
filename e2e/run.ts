/**
 * Browser end-to-end tests: serves dist/ on 127.0.0.1, runs every test in e2e/*.e2e.ts in
 * Debian's headless Chromium, and ends with the line `N passed, N failed`.
 * Usage: tsx e2e/run.ts [name filter]
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, launchChromium } from './browser';
import type { E2ETest } from './harness';
import { serveStatic } from './server';

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const filter = process.argv[2] ?? '';
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort();
  const tests: { file: string; test: E2ETest }[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(here, file)).href)) as { tests: E2ETest[] };
    for (const test of module.tests) {
      if (test.name.includes(filter)) tests.push({ file, test });
    }
  }
  const server = await serveStatic(join(here, '..', 'dist'));
  const browser = await launchChromium();
  console.log(
    `browser tests: ${tests.length} in ${files.length} files, ${CHROMIUM} ${browser.version()}`,
  );
  let passed = 0;
  let failed = 0;
  try {
    for (const { file, test } of tests) {
      const started = performance.now();
      try {
        await test.run({ browser, origin: server.origin });
        passed++;
        console.log(`  ✓ ${file} › ${test.name} (${Math.round(performance.now() - started)} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${file} › ${test.name}`);
        console.log(
          `    ${String(error instanceof Error ? error.message : error).replace(/\n/g, '\n    ')}`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || tests.length === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
