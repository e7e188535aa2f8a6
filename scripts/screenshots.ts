/**
 * `npm run screenshots`: photographs the real built page (the test build in dist-e2e/, whose
 * only difference from production is the hook that says when the map has finished drawing)
 * for the README, into docs/:
 * - screenshot.png: the first view on a desktop (1280x800), on the day the data ends;
 * - pakistan-2025-08-30.png and pakistan-2025-08-31.png: what the "Pakistan" preset shows
 *   (relations with Pakistan as focus, over control, framed with the South Caucasus), on the eve
 *   and the day of the change of 31 August 2025;
 * - phone.png: the first view on a phone (390x844).
 * Nothing in `npm test` writes into docs/.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, mapIdle, openAtlas, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');

interface Shot {
  file: string;
  viewport: { width: number; height: number };
  hash: string;
  /** The name of a preset button to press once the page is drawn. */
  preset?: string;
}

const SHOTS: Shot[] = [
  { file: 'screenshot.png', viewport: { width: 1280, height: 800 }, hash: '' },
  {
    file: 'pakistan-2025-08-30.png',
    viewport: { width: 1280, height: 800 },
    hash: '#date=2025-08-30',
    preset: 'Pakistan',
  },
  {
    file: 'pakistan-2025-08-31.png',
    viewport: { width: 1280, height: 800 },
    hash: '#date=2025-08-31',
    preset: 'Pakistan',
  },
  { file: 'phone.png', viewport: { width: 390, height: 844 }, hash: '' },
];

async function take(browser: Browser, origin: string, shot: Shot): Promise<void> {
  const watched = await openWatchedPage(browser, origin, shot.viewport);
  const { page } = watched;
  try {
    await openAtlas(watched, origin, shot.hash);
    if (shot.preset) {
      await page.getByRole('button', { name: shot.preset, exact: true }).click();
      await page.waitForFunction(() => location.hash.includes('focus='));
      await page.waitForFunction(
        () =>
          !(
            window as unknown as { __atlas: { map: import('maplibre-gl').Map } }
          ).__atlas.map.isMoving(),
      );
    }
    await mapIdle(page);
    if (watched.problems.length > 0) throw new Error(watched.problems.join('\n'));
    const path = join(docs, shot.file);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  } finally {
    await page.context().close();
  }
}

async function main(): Promise<void> {
  const server = await serveStatic(join(root, 'dist-e2e'));
  const browser = await launchChromium();
  try {
    mkdirSync(docs, { recursive: true });
    for (const shot of SHOTS) await take(browser, server.origin, shot);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
