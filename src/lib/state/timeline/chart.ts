/**
 * What the timeline's area chart reads from the control summary: the km² each controller held
 * on a day, the points that draw a window, the stacking of the bands, and which band lies
 * under the pointer. The chart component only draws what these return.
 */
import { stack } from 'd3-shape';
import type { ControlSummary } from '../../domain/control';
import { type DayNumber, toDay } from '../../time/days';
import { type TrackWindow, lastDayOf } from './scale';
import { upperBound } from './stepping';

/** One summary row on its day. */
export interface ChartPoint {
  day: DayNumber;
  values: Record<string, number>;
}

export interface ChartSeries {
  /** Sorted by day. */
  points: ChartPoint[];
  /** Controllers in stacking order, bottom first. */
  keys: string[];
  /** The largest total area of any row: the chart's top. */
  max: number;
}

/**
 * The summary as sorted points. Controllers stack in `order` first (the colour order, so the
 * bands keep their places when a controller comes and goes), then any others alphabetically.
 */
export function chartSeries(summary: ControlSummary, order: readonly string[]): ChartSeries | null {
  if (summary.rows.length === 0) return null;
  const points = summary.rows
    .map((row) => ({ day: toDay(row.date), values: row.km2 }))
    .sort((a, b) => a.day - b.day);
  const present = new Set(points.flatMap((p) => Object.keys(p.values)));
  const keys = [
    ...order.filter((k) => present.has(k)),
    ...[...present].filter((k) => !order.includes(k)).sort(),
  ];
  let max = 0;
  for (const p of points) {
    let total = 0;
    for (const k of keys) total += p.values[k] ?? 0;
    max = Math.max(max, total);
  }
  return { points, keys, max };
}

/** The values in force on `day`: those of the last row on or before it (none before the first). */
export function valuesOn(points: readonly ChartPoint[], day: DayNumber): Record<string, number> {
  const index = upperBound(
    points.map((p) => p.day),
    day,
  );
  return points[index - 1]?.values ?? {};
}

/**
 * The points that draw a window as a step curve: the row in force on its first day, the rows
 * inside it, and a copy of the last one on the window's last day so the final step reaches
 * the track's right edge.
 */
export function windowPoints(points: readonly ChartPoint[], window: TrackWindow): ChartPoint[] {
  let start = 0;
  while (start + 1 < points.length && (points[start + 1] as ChartPoint).day <= window.from) start++;
  const inside: ChartPoint[] = [];
  for (let i = start; i < points.length; i++) {
    const p = points[i] as ChartPoint;
    if (p.day >= window.to) break;
    inside.push(p);
  }
  const last = inside[inside.length - 1];
  if (last) inside.push({ day: Math.max(lastDayOf(window), last.day), values: last.values });
  return inside;
}

/** One controller's band: for each point, its day and the band's bottom and top in km². */
export interface StackedBand {
  key: string;
  points: { day: DayNumber; bottom: number; top: number }[];
}

/** The bands stacked in key order, the first at the bottom. */
export function stackBands(points: readonly ChartPoint[], keys: readonly string[]): StackedBand[] {
  const layers = stack<ChartPoint, string>()
    .keys(keys)
    .value((p, key) => p.values[key] ?? 0)(points as ChartPoint[]);
  return layers.map((layer) => ({
    key: layer.key,
    points: layer.map((p) => ({ day: p.data.day, bottom: p[0], top: p[1] })),
  }));
}

/** The band whose stack covers `km2` (bottom inclusive, top exclusive), or null above them all. */
export function bandAt(
  values: Record<string, number>,
  keys: readonly string[],
  km2: number,
): string | null {
  let bottom = 0;
  for (const key of keys) {
    const top = bottom + (values[key] ?? 0);
    if (km2 >= bottom && km2 < top) return key;
    bottom = top;
  }
  return null;
}

/**
 * The chart's vertical scale: 0 km² at the bottom (y = height), `max` 2 px below the top, and
 * its inverse for hit tests.
 */
export function kmToY(km2: number, max: number, height: number): number {
  return height - (km2 / (max || 1)) * (height - 2);
}

export function yToKm(y: number, max: number, height: number): number {
  return ((height - y) / (height - 2)) * (max || 1);
}
