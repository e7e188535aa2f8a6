/**
 * Event ticks that would sit on top of each other on the track become one target: a cluster
 * the user opens to pick an event from a short list. So every event can be reached with a
 * mouse or a finger at any zoom, however close its neighbours are (the 19 September 2023
 * offensive and the 20 September ceasefire, the dozens of events of 1992 to 1994).
 */
import { type DayNumber, formatDay } from '../../time/days';
import { type TrackWindow, dayToX } from './scale';

export interface TickCluster<T> {
  /** Stable for the same first tick: the first tick's id. */
  id: string;
  /** The cluster's centre on the track, in pixels from its left edge. */
  x: number;
  /** Sorted by day; one tick for a tick that stands alone. */
  ticks: T[];
}

/**
 * Groups ticks so that the centres of any two targets lie at least `minGap` pixels apart: a
 * tick joins the cluster before it when it lies closer than `minGap` to that cluster's last
 * tick. A cluster sits midway between its first and last tick, so it never comes nearer its
 * neighbours than its end ticks do. Ticks must be sorted by day.
 */
export function clusterTicks<T extends { id: string; day: DayNumber }>(
  ticks: readonly T[],
  view: TrackWindow,
  width: number,
  minGap: number,
): TickCluster<T>[] {
  const clusters: { ticks: T[]; first: number; last: number }[] = [];
  for (const tick of ticks) {
    const x = dayToX(tick.day, view, width);
    const open = clusters[clusters.length - 1];
    if (open && x - open.last < minGap) {
      open.ticks.push(tick);
      open.last = x;
    } else {
      clusters.push({ ticks: [tick], first: x, last: x });
    }
  }
  return clusters.map((c) => ({
    id: c.ticks[0]!.id,
    x: (c.first + c.last) / 2,
    ticks: c.ticks,
  }));
}

/** "19 September 2023", or "19 – 21 September 2023" style spans as "first – last" dates. */
export function clusterDates(ticks: readonly { day: DayNumber }[]): string {
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  if (!first || !last) return '';
  if (first.day === last.day) return formatDay(first.day);
  return `${formatDay(first.day)} – ${formatDay(last.day)}`;
}

/** A cluster's accessible name: "3 events, 19 September 2023 – 21 September 2023". */
export function clusterLabel(ticks: readonly { day: DayNumber }[]): string {
  return `${ticks.length} events, ${clusterDates(ticks)}`;
}
