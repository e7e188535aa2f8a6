/** Prints what the load benchmark measured: app against bare MapLibre, and the app's breakdown. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LoadSample } from './load';
import { median } from './stats';

const ms = (value: number) => `${Number.isFinite(value) ? value.toFixed(0) : '—'} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printComparison(app: LoadSample[], bare: LoadSample[]): void {
  const a = median(app.map((s) => s.ready));
  const b = median(bare.map((s) => s.ready));
  console.log(
    `\nNavigation to first map idle, ${app.length} + ${bare.length} loads taken alternately, ` +
      '1280x800, fresh context each, headless Chromium (SwiftShader)',
  );
  console.log(`  app (data-ready="true")  median ${ms(a)}   all: ${list(app)}`);
  console.log(`  bare MapLibre, base map  median ${ms(b)}   all: ${list(bare)}`);
  console.log(`  ratio app / bare         ${(a / b).toFixed(2)}`);
}

/** The app opened from a shared link, against its default view, both from the same run. */
export function printSharedLink(link: string, shared: LoadSample[], app: LoadSample[]): void {
  const s = median(shared.map((x) => x.ready));
  const a = median(app.map((x) => x.ready));
  console.log(`  app at ${link.padEnd(16)} median ${ms(s)}   all: ${list(shared)}`);
  console.log(`  ratio shared link / default view ${(s / a).toFixed(2)}`);
}

/**
 * The work before the first idle, in figures that depend little on how busy the machine is:
 * frames drawn, the map's sources and layers, main-thread script and task time (medians).
 */
export function printWork(rows: [string, LoadSample[]][]): void {
  console.log(
    '\nWork before the first idle (medians; frames, sources and layers do not depend on load)',
  );
  console.log(
    `  ${''.padEnd(14)} ${'frames'.padStart(7)} ${'sources'.padStart(8)} ${'layers'.padStart(7)} ` +
      `${'requests'.padStart(9)} ${'script'.padStart(9)} ${'tasks'.padStart(9)}`,
  );
  for (const [name, samples] of rows) {
    const m = (pick: (s: LoadSample) => number) => median(samples.map(pick));
    const requests = m((s) => s.files.filter((f) => f.start < s.ready).length);
    console.log(
      `  ${name.padEnd(14)} ${String(m((s) => s.work.frames)).padStart(7)} ` +
        `${String(m((s) => s.work.sources)).padStart(8)} ${String(m((s) => s.work.layers)).padStart(7)} ` +
        `${String(requests).padStart(9)} ${ms(m((s) => s.work.scriptMs)).padStart(9)} ` +
        `${ms(m((s) => s.work.taskMs)).padStart(9)}`,
    );
  }
}

function list(samples: LoadSample[]): string {
  return samples.map((s) => s.ready.toFixed(0)).join(', ');
}

/** The load whose time is the median's (or just above it): its details stand for the others. */
export function medianLoad(samples: LoadSample[]): LoadSample {
  const sorted = [...samples].sort((x, y) => x.ready - y.ready);
  return sorted[sorted.length >> 1]!;
}

/** The milestones of a load, medians: the app's marks are `atlas-…`, the bare page's `bare-…`. */
export function milestones(samples: LoadSample[], prefix: string): string {
  const mark = (name: string) => median(samples.map((s) => s.marks[`${prefix}-${name}`] ?? NaN));
  return (
    `data loaded ${ms(mark('data-loaded'))}, style loaded ${ms(mark('style-loaded'))}, ` +
    `first render ${ms(mark('first-render'))}, map load ${ms(mark('map-load'))}, ` +
    `first idle ${ms(mark('ready'))}`
  );
}

export function printBreakdown(app: LoadSample[], bare: LoadSample[] = []): void {
  console.log(`\nApp load, medians over ${app.length} loads (ms from navigation)`);
  console.log(`  app:  ${milestones(app, 'atlas')} (data: loaded and indexed)`);
  if (bare.length) console.log(`  bare: ${milestones(bare, 'bare')}`);
  const typical = medianLoad(app);
  console.log(`  files, in the median load (${ms(typical.ready)}):`);
  console.log(
    `  ${'file'.padEnd(48)} ${'first byte'.padStart(10)} ${'end'.padStart(8)} ${'transfer'.padStart(10)} ${'decoded'.padStart(10)}`,
  );
  for (const file of typical.files) {
    const later = file.start >= typical.ready ? '  (after first view)' : '';
    console.log(
      `  ${file.path.padEnd(48)} ${ms(file.firstByte).padStart(10)} ${ms(file.end).padStart(8)} ` +
        `${kb(file.transfer).padStart(10)} ${kb(file.decoded).padStart(10)}${later}`,
    );
  }
  const all = app.flatMap((s) => s.frames);
  console.log(
    `\nLong frames over 50 ms (${typical.frameType}): ${all.length} in ${app.length} loads; ` +
      'in the median load:',
  );
  for (const frame of typical.frames) {
    console.log(
      `  at ${ms(frame.start).padStart(8)}: ${ms(frame.duration).padStart(7)} (blocking ${ms(frame.blocking)}) ${frame.source}`,
    );
  }
  if (typical.frames.length === 0) console.log('  none');
}

/** gzip -9 size of a served file, read from the build on disk (the test server sends it raw). */
function gzipOf(dist: string, path: string): number {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : NaN;
}

const DATA_BUDGET = 250 * 1024;

export function printBudget(
  typical: LoadSample,
  dist: string,
  heap?: { before: number; after: number },
): void {
  const first = typical.files.filter((f) => f.start < typical.ready);
  const later = typical.files.filter((f) => f.start >= typical.ready);
  const groups: [string, (path: string) => boolean][] = [
    ['our JavaScript', (p) => /\/assets\/.*\.m?js$/.test(p) && !/maplibre/.test(p)],
    ['MapLibre (library and worker)', (p) => /\/assets\/maplibre.*\.m?js$/.test(p)],
    ['CSS', (p) => p.endsWith('.css')],
    ['fonts and glyphs', (p) => /\.(woff2?|ttf|otf|pbf)$/.test(p)],
    ['data', (p) => p.includes('/data/')],
  ];
  console.log('\nBudget for the first view (figures only; gzip -9 of the files fetched)');
  for (const [name, test] of groups) {
    const files = first.filter((f) => test(f.path));
    const gzip = files.reduce((sum, f) => sum + gzipOf(dist, f.path), 0);
    const decoded = files.reduce((sum, f) => sum + f.decoded, 0);
    let line = `  ${name.padEnd(30)} ${kb(gzip).padStart(10)} gzip ${kb(decoded).padStart(10)} decoded  (${files.length} files)`;
    if (name === 'data') {
      line += `  budget ${kb(DATA_BUDGET)}: ${gzip <= DATA_BUDGET ? 'within' : `over by ${kb(gzip - DATA_BUDGET)}`}`;
    }
    console.log(line);
  }
  console.log(`  loaded after the first view: ${later.length ? '' : 'nothing'}`);
  for (const f of later) {
    console.log(`    ${f.path.padEnd(60)} ${kb(gzipOf(dist, f.path)).padStart(10)} gzip`);
  }
  if (heap) {
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    console.log(
      `  JS heap after forced GC: ${mb(heap.before)} before the date-change run, ${mb(heap.after)} after it`,
    );
  }
}
