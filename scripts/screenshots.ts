/**
 * `npm run screenshots`: photographs the real built page (the test build in dist-e2e/, whose
 * only difference from production is the hook that says when the map has finished drawing)
 * for the README. Writes docs/screenshot.png. Nothing in `npm test` writes into docs/.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, mapIdle, openAtlas, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs');

async function main(): Promise<void> {
  const server = await serveStatic(join(root, 'dist-e2e'));
  const browser = await launchChromium();
  try {
    const watched = await openWatchedPage(browser, server.origin);
    // The README's picture: the South Caucasus on the default date.
    await openAtlas(watched, server.origin);
    await watched.page.getByRole('button', { name: 'South Caucasus', exact: true }).click();
    await mapIdle(watched.page);
    if (watched.problems.length > 0) throw new Error(watched.problems.join('\n'));
    mkdirSync(docs, { recursive: true });
    const path = join(docs, 'screenshot.png');
    await watched.page.screenshot({ path });
    console.log(`wrote ${path}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
