/**
 * Where the heap grows: heap snapshots after the soak's warm-up and after N more steps, summed by
 * constructor name, and the largest growths printed. A tool for finding a leak, not a figure.
 * Usage: tsx bench/heap-diff.ts [--steps N] [--only kind,kind]
 */
import type { Page } from 'playwright-core';
import { launchChromium, openWatchedPage } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { toDay } from '../src/lib/time/days';
import { runStepsInPage } from './soak-page';
import { STEP_KINDS, type StepKind, soakSteps } from './soak-steps';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function summary(page: Page): Promise<Map<string, { count: number; size: number }>> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const data = JSON.parse(chunks.join('')) as Snapshot;
  const fields = data.snapshot.meta.node_fields;
  const types = data.snapshot.meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < data.nodes.length; i += width) {
    const type = types[data.nodes[i + iType]!]!;
    const name =
      type === 'object' || type === 'closure' ? data.strings[data.nodes[i + iName]!]! : `(${type})`;
    const key = `${type}:${name.slice(0, 60)}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += data.nodes[i + iSize]!;
    out.set(key, entry);
  }
  return out;
}

async function main(): Promise<void> {
  const total = Number(option('--steps', '1000'));
  const only = option('--only', '');
  const kinds = only ? (only.split(',') as StepKind[]) : STEP_KINDS;
  const server = await serveStatic('dist-e2e');
  const browser = await launchChromium();
  try {
    const { page } = await openWatchedPage(browser, server.origin);
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
    const m = (await (await fetch(`${server.origin}/data/manifest.json`)).json()) as {
      firstDay: string;
      verifiedThrough: string;
    };
    const steps = soakSteps(
      1988,
      200 + total,
      { first: toDay(m.firstDay), last: toDay(m.verifiedThrough) },
      kinds,
    );
    for (let at = 0; at < 200; at += 100) await runStepsInPage(page, steps.slice(at, at + 100));
    const before = await summary(page);
    for (let at = 200; at < 200 + total; at += 100)
      await runStepsInPage(page, steps.slice(at, at + 100));
    const after = await summary(page);
    const rows = [...after].map(([key, a]) => {
      const b = before.get(key) ?? { count: 0, size: 0 };
      return { key, dCount: a.count - b.count, dSize: a.size - b.size };
    });
    rows.sort((x, y) => y.dSize - x.dSize);
    for (const r of rows.slice(0, 30))
      console.log(`${String(r.dSize).padStart(10)} ${String(r.dCount).padStart(7)}  ${r.key}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
