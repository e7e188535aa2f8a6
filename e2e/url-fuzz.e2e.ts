/**
 * Fuzzes the URL hash: hashes generated from a fixed seed, each built as valid or broken on
 * purpose, applied as hash changes in one page (with a fresh load every so often). Each broken
 * hash must give a new notice, each valid one none; nothing may throw, run a payload, stack
 * notices without bound or widen the page.
 */
import { openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';
import { changeHash, readNotices } from './notice-steps';

const HASHES = 520;
const FRESH_LOAD_EVERY = 130;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
  '<svg onload=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
];

interface Case {
  hash: string;
  broken: boolean;
}

function cases(seed: number, count: number): Case[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const day = () => {
    const y = 1988 + Math.floor(random() * 37);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  };
  const good: (() => string)[] = [
    () => `date=${day()}`,
    () => `layers=${pick(['control', 'control,relations', 'events', 'control,events', ''])}`,
    () => `focus=${pick(['AM', 'AZ', 'GE', 'PK', 'TR', 'RU'])}`,
    () => `names=${pick(['intl', 'hy', 'az'])}`,
    () =>
      `map=${pick(['5', '7.5', '9', '12'])}/${(38 + random() * 4).toFixed(3)}/` +
      `${(43 + random() * 6).toFixed(3)}`,
    () => `select=${pick(['zone:shusha', 'country:AM', 'zone:lachin', 'country:PK'])}`,
    () => `view=${pick(['control', 'recognised', 'claims'])}`,
    () => `nkao=${pick(['on', 'off'])}`,
    () => `compare=${day()}`,
  ];
  const bad: (() => string)[] = [
    () => `date=${pick(['1994-02-30', '2020-13-01', 'yesterday', '1e9', '2000-1-1'])}`,
    () => `${pick(['foo', 'zoom', 'q', 'lang'])}=${pick(PAYLOADS)}`,
    () => `focus=${pick(['ZZ', 'XX', 'Q', 'ARMENIA', '12'])}`,
    () => `names=${pick(['fr', 'ru', pick(PAYLOADS)])}`,
    () => `layers=control,${pick(['rain', 'x', pick(PAYLOADS)])}`,
    () => `select=${pick(['planet:mars', 'zone:', 'zone:atlantis', pick(PAYLOADS)])}`,
    () =>
      `map=${pick(['23/40/45', '5/157/45', '5/40/200', '5/40/45/992', '5/40/45/0/89', 'a/b/c'])}`,
    () => `view=${pick(['3d', 'satellite', pick(PAYLOADS)])}`,
    () => `${pick(['x', 'long'])}=${'y'.repeat(pick([1_000, 50_000, 200_000]))}`,
    () => `date=${day()}&date=${day()}`,
    () => `compare=${pick(['2020-02-30', 'last week', '2020/11/10', pick(PAYLOADS)])}`,
    () => `nkao=${pick(['yes', '1', 'ON', pick(PAYLOADS)])}`,
    () => `story=${pick(['War 2020', '-war', 'a'.repeat(120), pick(PAYLOADS)])}`,
    // A step means nothing without a story.
    () => `step=${pick(['1', '3', '0', pick(PAYLOADS)])}`,
  ];
  const out: Case[] = [];
  while (out.length < count) {
    const broken = random() < 0.6;
    const parts = new Map<string, string>([['date', `date=${day()}`]]);
    for (let n = Math.floor(random() * 3); n >= 0; n--) {
      const part = pick(good)();
      parts.set(part.split('=')[0]!, part);
    }
    // Added under its own name, so a broken part never replaces a good one (a broken key that
    // repeats a good one is then a repeated parameter: broken too).
    if (broken) parts.set('broken', pick(bad)());
    const hash = `#${[...parts.values()].join('&')}`;
    // Every step must be a real change, or no hashchange fires.
    if (hash !== out.at(-1)?.hash) out.push({ hash, broken });
  }
  return out;
}

export const tests: E2ETest[] = [
  {
    name: `${HASHES} fuzzed hashes as hash changes: a notice for each broken one, no payload runs`,
    async run({ browser, origin }) {
      // A small map draws each frame in a fraction of the time; the URL handling is the same.
      const watched = await openWatchedPage(browser, origin, { width: 480, height: 400 });
      const page = watched.page;
      page.on('dialog', (dialog) => {
        watched.problems.push(`a dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const all = cases(20261204, HASHES);
      const misses: string[] = [];
      for (const [i, { hash, broken }] of all.entries()) {
        if (i % FRESH_LOAD_EVERY === 0) {
          await openAtlas(watched, origin, hash);
        } else {
          await changeHash(page, hash);
        }
        const reading = await readNotices(page);
        const noticed = reading.fresh.length > 0;
        // A valid part can still name something the data does not hold on that day (a
        // selection), so only the broken cases are held to "must notice" on fresh loads too.
        if (broken && !noticed) misses.push(`no notice for ${hash.slice(0, 120)}`);
        if (!broken && noticed && i % FRESH_LOAD_EVERY !== 0) {
          misses.push(`a notice for the valid ${hash.slice(0, 120)}: ${reading.fresh[0]}`);
        }
        check(reading.count <= 3, `at most three notices, saw ${reading.count} after ${hash}`);
        check(reading.injected === 0, `a payload became HTML after ${hash.slice(0, 120)}`);
        check(!reading.pageScrollsSideways, `page scrolls sideways after ${hash.slice(0, 120)}`);
      }
      check(
        misses.length === 0,
        `${misses.length} wrong notices:\n${misses.slice(0, 10).join('\n')}`,
      );
      const broken = all.filter((c) => c.broken).length;
      console.log(
        `    ${all.length} hashes (${broken} broken), ${all.length / FRESH_LOAD_EVERY} loads`,
      );
      checkNoProblems(watched.problems);
    },
  },
];
