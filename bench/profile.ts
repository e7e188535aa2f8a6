/**
 * Where the main thread's time goes before the first idle: one load of a built page under
 * Chromium's CPU profiler, printing the functions with the most self time (and the share of
 * our code, MapLibre and the rest), and writing the profile to .tmp/load.cpuprofile. A tool to
 * choose what to cut, not a figure to compare.
 * Usage: tsx bench/profile.ts [dist-dir] [hash]  (default dist/, the default view)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const server = await serveStatic(process.argv[2] ?? join(root, 'dist'));
  const browser = await launchChromium();
  try {
    const { page, problems } = await openWatchedPage(browser, server.origin);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.origin}/${process.argv[3] ?? ''}`);
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    // The whole profile, for DevTools' Performance panel (or a build with source maps).
    mkdirSync(join(root, '.tmp'), { recursive: true });
    writeFileSync(join(root, '.tmp', 'load.cpuprofile'), JSON.stringify(profile));
    const byNode = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const self = new Map<string, number>();
    const groups = new Map<string, number>();
    for (const node of profile.nodes) {
      const time = byNode.get(node.id) ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      const file = url.replace(server.origin, '');
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + time);
      const group = !file
        ? functionName || '(native)'
        : /maplibre/.test(file)
          ? 'MapLibre'
          : 'our code (and Svelte)';
      groups.set(group, (groups.get(group) ?? 0) + time);
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
    console.log('Main-thread self time before the first idle, by group (ms):');
    for (const [name, time] of top(groups, 8))
      console.log(`  ${time.toFixed(0).padStart(6)}  ${name}`);
    console.log('Functions with the most self time (ms):');
    for (const [name, time] of top(self, 30))
      console.log(`  ${time.toFixed(0).padStart(6)}  ${name}`);
    if (problems.length) console.log(`page problems: ${problems.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
