/**
 * The soak's steps: what a long session does to the atlas (dates set, typed and linked, play,
 * layer toggles, clicks on the map, searches, preset views), drawn from a seeded generator so
 * two runs do the very same things, and run inside the page through its DOM and test hook.
 */
import { toIso } from '../src/lib/time/days';

export type SoakStep =
  | { kind: 'day'; day: number }
  | { kind: 'typed'; text: string }
  | { kind: 'hash'; hash: string }
  | { kind: 'play'; frames: number }
  | { kind: 'layer'; index: number }
  | { kind: 'click'; x: number; y: number }
  | { kind: 'search'; query: string }
  | { kind: 'preset'; index: number };

export type StepKind = SoakStep['kind'];

export const STEP_KINDS: readonly StepKind[] = [
  'day',
  'typed',
  'hash',
  'play',
  'layer',
  'click',
  'search',
  'preset',
];

/** mulberry32: small, fast and good enough to vary a test session; the same seed, same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUERIES = ['Lachin', 'Shusha', 'Armenia', 'Gali', 'Kelbajar', 'Tskhinvali', 'Pak', 'war'];
const LAYER_SETS = ['control', 'control,events', 'control,relations', 'events', 'relations,events'];
const FOCUSES = ['AM', 'AZ', 'GE', 'PK', 'TR'];

export interface StepRange {
  /** First and last day number the atlas covers. */
  first: number;
  last: number;
}

/** `count` steps, of the given kinds only (all by default), from `seed`. */
export function soakSteps(
  seed: number,
  count: number,
  range: StepRange,
  kinds: readonly StepKind[] = STEP_KINDS,
): SoakStep[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const anyDay = () => range.first + Math.floor(random() * (range.last - range.first + 1));
  const steps: SoakStep[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(kinds);
    switch (kind) {
      case 'day':
        steps.push({ kind, day: anyDay() });
        break;
      case 'typed': {
        const iso = toIso(anyDay());
        const [y, m, d] = iso.split('-');
        const text = random() < 0.5 ? iso : `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
        // Now and then a date the box must refuse.
        steps.push({ kind, text: random() < 0.1 ? `${y}-13-40` : text });
        break;
      }
      case 'hash': {
        const parts = [`date=${toIso(anyDay())}`, `layers=${pick(LAYER_SETS)}`];
        if (random() < 0.4) parts.push(`focus=${pick(FOCUSES)}`);
        // Now and then a hand-edited link with a mistake in it, which the atlas reports.
        if (random() < 0.1) parts.push(`zoom${Math.floor(random() * 1000)}=1`);
        steps.push({ kind, hash: `#${parts.join('&')}` });
        break;
      }
      case 'play':
        steps.push({ kind, frames: 2 + Math.floor(random() * 8) });
        break;
      case 'layer':
        steps.push({ kind, index: Math.floor(random() * 3) });
        break;
      case 'click':
        steps.push({ kind, x: 0.2 + random() * 0.6, y: 0.2 + random() * 0.5 });
        break;
      case 'search':
        steps.push({ kind, query: pick(QUERIES) });
        break;
      case 'preset':
        steps.push({ kind, index: Math.floor(random() * 3) });
        break;
    }
  }
  return steps;
}
