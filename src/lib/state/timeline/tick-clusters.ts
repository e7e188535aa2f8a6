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
 * Groups ticks so that the centres of any two targets lie at least `minGap` pixels apart. A
 * tick joins the open cluster while it lies closer than `minGap` to that cluster's FIRST tick,
 * so a cluster never covers more than `minGap` of the track: a run of close ticks (the dozens
 * of events of 1992 to 1994, the months after the 2020 war) becomes several small clusters,
 * never one blob. A cluster sits midway between its first and last tick; where two such
 * centres come closer than `minGap`, the later moves right (and, at the track's right end, the
 * earlier ones left) just enough. When even that cannot fit every cluster on the track, the
 * grouping is redone with a wider window. Ticks must be sorted by day.
 */
export function clusterTicks<T extends { id: string; day: DayNumber }>(
  ticks: readonly T[],
  view: TrackWindow,
  width: number,
  minGap: number,
): TickCluster<T>[] {
  for (let window = minGap; ; window *= 1.5) {
    const groups = groupWithin(ticks, view, width, window);
    // Room for every target at minGap apart (a track narrower than two targets takes one).
    if (groups.length <= 1 || (groups.length - 1) * minGap <= width) {
      return spread(groups, width, minGap);
    }
  }
}

interface Group<T> {
  ticks: T[];
  first: number;
  last: number;
}

function groupWithin<T extends { day: DayNumber }>(
  ticks: readonly T[],
  view: TrackWindow,
  width: number,
  window: number,
): Group<T>[] {
  const groups: Group<T>[] = [];
  for (const tick of ticks) {
    const x = dayToX(tick.day, view, width);
    const open = groups[groups.length - 1];
    if (open && x - open.first < window) {
      open.ticks.push(tick);
      open.last = x;
    } else {
      groups.push({ ticks: [tick], first: x, last: x });
    }
  }
  return groups;
}

/** Centres at least `minGap` apart, each as near its group's middle as that allows. */
function spread<T extends { id: string }>(
  groups: readonly Group<T>[],
  width: number,
  minGap: number,
): TickCluster<T>[] {
  const xs = groups.map((g) => (g.first + g.last) / 2);
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i]!, xs[i - 1]! + minGap);
  const end = Math.max(width, xs[0] ?? 0);
  if (xs.length > 0) xs[xs.length - 1] = Math.min(xs[xs.length - 1]!, end);
  for (let i = xs.length - 2; i >= 0; i--) xs[i] = Math.min(xs[i]!, xs[i + 1]! - minGap);
  return groups.map((g, i) => ({ id: g.ticks[0]!.id, x: xs[i]!, ticks: g.ticks }));
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
