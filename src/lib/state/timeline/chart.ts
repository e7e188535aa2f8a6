/**
 * What the timeline's area chart reads: the km² each controller held on a day, the points that
 * draw a window, the stacking of the bands, the km² marks of its vertical axis, and which band
 * lies under the pointer. The chart component only draws what these return.
 */
import { type ControlPiece, type ControlSummary, controllerAt } from '../../domain/control';
import { type DayNumber, toDay, toIso } from '../../time/days';
import { type TrackWindow, lastDayOf } from './scale';
import { upperBound } from './stepping';

/**
 * The whole land each controller held, in the control summary's shape: for every day on which
 * any piece's timeline has an entry, the km² of every piece summed by its controller on that
 * day. The pieces include each state's `rest-` piece (its land outside the drawn zones), so a
 * state's band is its whole land less what others held of it, plus what it held of others;
 * every row adds up to the three states' whole area. (public/data/control-summary.json counts
 * only the drawn zones, which would show Azerbaijan with some 12,700 km² and Georgia with
 * none after 2008.)
 */
export function landHeld(
  pieces: readonly Pick<ControlPiece, 'timeline' | 'areaKm2'>[],
): ControlSummary {
  const days = new Set<DayNumber>();
  for (const piece of pieces) for (const entry of piece.timeline) days.add(toDay(entry.from));
  const sorted = [...days].sort((a, b) => a - b);
  const rows = sorted.map((day) => {
    const km2: Record<string, number> = {};
    for (const piece of pieces) {
      const { controller } = controllerAt(piece, day);
      km2[controller] = (km2[controller] ?? 0) + piece.areaKm2;
    }
    // Summing tenths of km² in floating point leaves noise like 0.30000000000000004.
    for (const key of Object.keys(km2)) km2[key] = Math.round((km2[key] ?? 0) * 10) / 10;
    return { date: toIso(day), km2 };
  });
  return { changeDates: rows.map((r) => r.date), rows };
}

/**
 * Round km² values for the chart's horizontal grid lines, from 0 up to `max`: the smallest step
 * of 1, 2 or 5 times a power of ten that keeps the lines `minPx` apart on a `height` px chart.
 */
export function kmMarks(max: number, height: number, minPx: number): number[] {
  if (max <= 0 || height <= 0) return [0];
  const pxPerKm = (height - 2) / max;
  let step = 0;
  for (let power = 10 ** Math.floor(Math.log10(max)) / 100; step === 0; power *= 10) {
    step = [1, 2, 5].map((m) => m * power).find((s) => s * pxPerKm >= minPx) ?? 0;
  }
  const marks: number[] = [];
  for (let km = 0; km <= max; km += step) marks.push(km);
  return marks;
}

/**
 * The bands' order, bottom first: each de facto holder sits on the state it held land of
 * (the Karabakh authorities and the peacekeepers on Azerbaijan, Abkhazia and South Ossetia on
 * Georgia), so land changing hands moves one boundary between neighbouring bands.
 */
export const CHART_ORDER: readonly string[] = ['AZ', 'NKR', 'RU-PKF', 'AM', 'GE', 'ABK', 'OSS'];

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

/** The bands stacked in key order, the first at the bottom: each band's bottom is the top below. */
export function stackBands(points: readonly ChartPoint[], keys: readonly string[]): StackedBand[] {
  const below = points.map(() => 0);
  return keys.map((key) => ({
    key,
    points: points.map((p, i) => {
      const bottom = below[i] ?? 0;
      const top = bottom + (p.values[key] ?? 0);
      below[i] = top;
      return { day: p.day, bottom, top };
    }),
  }));
}

/**
 * The SVG path of a band drawn as steps (each value holds until the next point's x): along the
 * top from left to right, then back along the bottom, closed. Points are in screen units, sorted
 * by x; fewer than one point draws nothing.
 */
export function stepAreaPath(
  points: readonly { x: number; bottom: number; top: number }[],
): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${first.x},${first.top}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    d += `L${p.x},${points[i - 1]!.top}L${p.x},${p.top}`;
  }
  const last = points[points.length - 1]!;
  d += `L${last.x},${last.bottom}`;
  for (let i = points.length - 2; i >= 0; i--) {
    const p = points[i]!;
    d += `L${points[i + 1]!.x},${p.bottom}L${p.x},${p.bottom}`;
  }
  return `${d}Z`;
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
