/**
 * Events known only to the month or the year, drawn on the track as bars over that month or
 * year instead of single-day ticks: a tick on the 1st would claim a day nobody reported. The
 * bars have a row of their own under the ticks, so they never cover a tick; where two bars
 * overlap (a month inside a year) the narrower is drawn over the wider, so each keeps a part
 * the pointer can reach.
 */
import type { DayNumber } from '../../time/days';
import { type TrackWindow, dayToX } from './scale';

export interface SpanBar<T> {
  tick: T;
  /** Left edge and width on the track, in pixels, clipped to the track. */
  left: number;
  width: number;
}

/**
 * Bars for ticks spanning [day, end), inside the view, at least `minWidth` pixels wide (kept on
 * the track), widest first so that narrower bars paint over wider ones.
 */
export function spanBars<T extends { day: DayNumber; end: DayNumber }>(
  spans: readonly T[],
  view: TrackWindow,
  width: number,
  minWidth: number,
): SpanBar<T>[] {
  const bars: SpanBar<T>[] = [];
  for (const tick of spans) {
    if (tick.end <= view.from || tick.day >= view.to) continue;
    let left = Math.max(0, dayToX(tick.day, view, width));
    const right = Math.min(width, dayToX(tick.end, view, width));
    let span = Math.max(right - left, minWidth);
    if (left + span > width) left = Math.max(0, width - span);
    span = Math.min(span, width);
    bars.push({ tick, left, width: span });
  }
  return bars.sort((a, b) => b.width - a.width || a.left - b.left);
}

/** Where keyboard order puts a bar among the ticks: at its middle. */
export function barCentre(bar: { left: number; width: number }): number {
  return bar.left + bar.width / 2;
}
