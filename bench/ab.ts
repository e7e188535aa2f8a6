/**
 * A/B of first loads on a shared machine: loads two or more built pages alternately, each in a
 * fresh context, and prints per build the median time to readiness and the median CPU time the
 * browser's processes spent on the load (renderer, worker, GPU process: read from /proc, so it
 * depends far less on what else the machine runs than the wall time does), with ratios to the
 * first build. Usage:
 *   tsx bench/ab.ts [--runs N] [--hash '#...'] name=dir[@selector] name=dir[@selector] ...
 * e.g. `tsx bench/ab.ts A=.tmp/ab-a B=dist 'bare=.tmp/bench-bare@#map[data-ready="true"]'`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { launchChromium } from '../e2e/browser';
import { serveStatic } from '../e2e/server';
import { type LoadSample, measureLoad } from './load';
import { milestones } from './load-report';
import { median } from './stats';

const APP_READY = '.map[data-ready="true"]';
const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Children of each process, from /proc. */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while the table was read
    }
  }
  return children;
}

/**
 * CPU milliseconds (user + system) spent so far by each descendant of this process, by pid. A
 * load's renderer ends with its context, so the load is read before the context closes.
 */
function descendantsCpuMs(): Map<number, number> {
  const children = childrenByParent();
  const times = new Map<number, number>();
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      // gone
    }
  }
  return times;
}

/** CPU time spent between two readings, processes started in between counted whole. */
function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, time] of after) total += time - (before.get(pid) ?? 0);
  return total;
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const runs = Number(arg('--runs') ?? 7);
  const hash = arg('--hash') ?? '';
  const builds = process.argv
    .slice(2)
    .filter((a, i, all) => a.includes('=') && !['--runs', '--hash'].includes(all[i - 1] ?? ''))
    .map((spec) => {
      const [name, rest] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
      const [dir, selector] = rest.split('@');
      return { name, dir: dir!, selector: selector ?? APP_READY };
    });
  if (builds.length < 2) throw new Error('give at least two builds: name=dir[@selector]');
  const servers = await Promise.all(builds.map((b) => serveStatic(b.dir)));
  const browser = await launchChromium();
  const ready = builds.map(() => [] as number[]);
  const cpu = builds.map(() => [] as number[]);
  const tasks = builds.map(() => [] as number[]);
  const samples = builds.map(() => [] as LoadSample[]);
  try {
    for (let i = 0; i < runs; i++) {
      // Rotate the order too, so no build always follows the same one.
      for (let k = 0; k < builds.length; k++) {
        const j = (k + i) % builds.length;
        const b = builds[j]!;
        const before = descendantsCpuMs();
        let spent = NaN;
        const sample = await measureLoad(
          browser,
          `${servers[j]!.origin}/${b.selector === APP_READY ? hash : ''}`,
          b.selector,
          b.selector === APP_READY ? 'atlas-ready' : 'bare-ready',
          false,
          () => (spent = cpuBetween(before, descendantsCpuMs())),
        );
        cpu[j]!.push(spent);
        ready[j]!.push(sample.ready);
        tasks[j]!.push(sample.work.taskMs);
        samples[j]!.push(sample);
        if (sample.problems.length)
          console.log(`  ${b.name} ${i + 1}: ${sample.problems.join('; ')}`);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const first = { ready: median(ready[0]!), cpu: median(cpu[0]!), tasks: median(tasks[0]!) };
  console.log(`${runs} loads each, alternated; medians (ratio to ${builds[0]!.name})`);
  builds.forEach((b, j) => {
    const r = median(ready[j]!);
    const c = median(cpu[j]!);
    const t = median(tasks[j]!);
    console.log(
      `  ${b.name.padEnd(10)} ready ${r.toFixed(0).padStart(5)} ms (${(r / first.ready).toFixed(2)})` +
        `  cpu ${c.toFixed(0).padStart(6)} ms (${(c / first.cpu).toFixed(2)})` +
        `  main-thread tasks ${t.toFixed(0).padStart(6)} ms (${(t / first.tasks).toFixed(2)})` +
        `  ready all: ${ready[j]!.map((x) => x.toFixed(0)).join(', ')}`,
    );
    const frames = median(samples[j]!.map((x) => x.work.frames));
    console.log(
      `    ${milestones(samples[j]!, b.selector === APP_READY ? 'atlas' : 'bare')}; ` +
        `map frames ${frames} (all: ${samples[j]!.map((x) => x.work.frames).join(', ')})`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
