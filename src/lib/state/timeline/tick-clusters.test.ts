import { describe, expect, it } from 'vitest';
import { toDay } from '../../time/days';
import { clusterLabel, clusterTicks } from './tick-clusters';

/** A 1000-day window 1000 px wide: one pixel per day, so distances read as days. */
const VIEW = { from: 0, to: 1001 };
const tick = (id: string, day: number) => ({ id, day });

describe('tick clusters', () => {
  it('keeps ticks apart when they are at least the gap apart', () => {
    const ticks = [tick('a', 100), tick('b', 120), tick('c', 140)];
    const clusters = clusterTicks(ticks, VIEW, 1000, 20);
    expect(clusters.map((c) => c.ticks.map((t) => t.id))).toEqual([['a'], ['b'], ['c']]);
    expect(clusters.map((c) => c.x)).toEqual([100, 120, 140]);
  });

  it('joins a tick closer than the gap, including a chain of them, centred on its span', () => {
    const ticks = [tick('a', 100), tick('b', 101), tick('c', 115), tick('d', 200)];
    const clusters = clusterTicks(ticks, VIEW, 1000, 20);
    expect(clusters.map((c) => c.ticks.map((t) => t.id))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(clusters[0]!.x).toBe(107.5);
    expect(clusters[0]!.id).toBe('a');
  });

  it('never chains a long run of close ticks into one blob', () => {
    // 41 ticks 15 px apart over 600 px: each cluster covers less than the gap.
    const ticks = Array.from({ length: 41 }, (_, i) => tick(`t${i}`, i * 15));
    const clusters = clusterTicks(ticks, VIEW, 1000, 20);
    expect(clusters.length).toBeGreaterThanOrEqual(20);
    for (const c of clusters) {
      const days = c.ticks.map((t) => t.day);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThan(20);
      // Each target stays within a gap of the ticks it stands for.
      expect(c.x).toBeGreaterThan(Math.min(...days) - 20);
      expect(c.x).toBeLessThan(Math.max(...days) + 20);
    }
  });

  it('keeps every target on a track too short for them all, by grouping more', () => {
    const ticks = Array.from({ length: 100 }, (_, i) => tick(`t${i}`, i * 10));
    const clusters = clusterTicks(ticks, VIEW, 300, 20);
    expect(clusters.flatMap((c) => c.ticks)).toEqual(ticks);
    for (const c of clusters) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x).toBeLessThanOrEqual(300);
    }
    for (let i = 1; i < clusters.length; i++) {
      expect(clusters[i]!.x - clusters[i - 1]!.x).toBeGreaterThanOrEqual(20);
    }
  });

  it('never puts two targets closer than the gap, on any width', () => {
    // Irregular days, some on the same day, as the events of a war are.
    const days = [3, 4, 4, 9, 30, 31, 50, 72, 73, 74, 95, 130, 131, 180, 181, 182, 260, 990];
    const ticks = days.map((d, i) => tick(`t${i}`, d));
    for (const width of [200, 390, 1000, 1280, 4000]) {
      const clusters = clusterTicks(ticks, VIEW, width, 20);
      expect(clusters.flatMap((c) => c.ticks)).toEqual(ticks);
      for (let i = 1; i < clusters.length; i++) {
        expect(clusters[i]!.x - clusters[i - 1]!.x).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('separates 19 and 20 September 2023 only when a day is wider than the gap', () => {
    const war = { from: toDay('2023-09-01'), to: toDay('2023-10-01') };
    const ticks = [tick('offensive', toDay('2023-09-19')), tick('ceasefire', toDay('2023-09-20'))];
    // 30 days over 1200 px: 41 px a day.
    expect(clusterTicks(ticks, war, 1200, 20)).toHaveLength(2);
    // A whole year over 1200 px: 3.3 px a day.
    const year = { from: toDay('2023-01-01'), to: toDay('2024-01-01') };
    expect(clusterTicks(ticks, year, 1200, 20)).toHaveLength(1);
  });

  it('names a cluster by its count and dates', () => {
    const ticks = [tick('a', toDay('2023-09-19')), tick('b', toDay('2023-09-21'))];
    expect(clusterLabel(ticks)).toBe('2 events, 19 September 2023 – 21 September 2023');
    expect(clusterLabel([ticks[0]!, ticks[0]!])).toBe('2 events, 19 September 2023');
  });
});
