/**
 * The heap-growth figure, defined once for `npm run soak` and `npm run bench`: the JS heap after
 * forced GC (heap.ts) after a warm-up of seeded soak steps, and again after the steps that
 * follow; growth is the change as a share of the first figure. The target is under 10% over
 * 5,000 steps.
 */
import type { Page } from 'playwright-core';
import { heapAfterGc } from './heap';
import { runStepsInPage } from './soak-page';
import { type SoakStep, type StepKind, STEP_KINDS, soakSteps } from './soak-steps';

export const HEAP_WARMUP = 200;
export const HEAP_STEPS = 5000;
export const HEAP_SEED = 1988;
const BATCH = 100;

export interface HeapGrowth {
  warmup: number;
  steps: number;
  atWarmup: number;
  atEnd: number;
  /** Per cent of `atWarmup`. */
  growth: number;
}

/** The page must show the app, ready; `range` is the data's first and last day numbers. */
export async function measureHeapGrowth(
  page: Page,
  range: { first: number; last: number },
  options: {
    steps?: number;
    warmup?: number;
    seed?: number;
    kinds?: readonly StepKind[];
    /** Called every 1,000 steps after the warm-up with the heap then, to see the curve. */
    onPoint?: (steps: number, heap: number) => void;
  } = {},
): Promise<HeapGrowth> {
  const warmup = options.warmup ?? HEAP_WARMUP;
  const total = options.steps ?? HEAP_STEPS;
  const steps: SoakStep[] = soakSteps(
    options.seed ?? HEAP_SEED,
    warmup + total,
    range,
    options.kinds ?? STEP_KINDS,
  );
  const run = async (from: number, to: number) => {
    for (let at = from; at < to; at += BATCH) {
      await runStepsInPage(page, steps.slice(at, Math.min(at + BATCH, to)));
      const done = Math.min(at + BATCH, to) - warmup;
      if (options.onPoint && done > 0 && done % 1000 === 0 && done < total) {
        options.onPoint(done, await heapAfterGc(page));
      }
    }
  };
  await run(0, warmup);
  const atWarmup = await heapAfterGc(page);
  await run(warmup, warmup + total);
  const atEnd = await heapAfterGc(page);
  return { warmup, steps: total, atWarmup, atEnd, growth: ((atEnd - atWarmup) / atWarmup) * 100 };
}

export function describeGrowth(g: HeapGrowth): string {
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  const sign = g.growth >= 0 ? '+' : '';
  return (
    `JS heap after forced GC: ${mb(g.atWarmup)} after ${g.warmup} warm-up steps, ` +
    `${mb(g.atEnd)} after ${g.steps} more: ${sign}${g.growth.toFixed(1)}% (target under 10%)`
  );
}
