/**
 * The track's scale: where a day sits on the timeline and which day lies under a pointer.
 *
 * A window is a `DayInterval` (half-open, see time/interval.ts) that has an end. The track's two
 * edges are the window's first and last day, both selectable like a slider's ends: `from` sits
 * at x = 0 and `to - 1` at x = width. Every other position in the timeline and the chart comes
 * from `dayToX`, so the chart's cursor stays exactly above the slider's thumb.
 */
import { type DayNumber, clampDay } from '../../time/days';
import { type DayInterval, contains } from '../../time/interval';

/** A window of days on the track: a half-open interval that has ended. */
export type TrackWindow = DayInterval & { to: DayNumber };

/** The window holding every day from `first` to `last`, both included. */
export function windowThrough(first: DayNumber, last: DayNumber): TrackWindow {
  return { from: first, to: last + 1 };
}

/** The last day in the window: the track's right edge. */
export function lastDayOf(window: TrackWindow): DayNumber {
  return window.to - 1;
}

/** True when the day is in the window. */
export function inWindow(day: DayNumber, window: TrackWindow): boolean {
  return contains(window, day);
}

/** Clamps a day into the window. */
export function clampToWindow(day: DayNumber, window: TrackWindow): DayNumber {
  return clampDay(day, window.from, lastDayOf(window));
}

/** Days between the track's two edges (0 for a one-day window). */
export function spanOf(window: TrackWindow): number {
  return lastDayOf(window) - window.from;
}

/**
 * Track x of a day: the first day maps to 0 and the last to `width`, linearly in between (days
 * outside the window map outside [0, width]). A one-day window puts its day at 0. With `width`
 * 100 this is the CSS percentage the components position marks with.
 */
export function dayToX(day: DayNumber, window: TrackWindow, width: number): number {
  const span = spanOf(window);
  if (span <= 0) return 0;
  return ((day - window.from) / span) * width;
}

/** The day under track x (the inverse of `dayToX`), rounded to the nearest day and clamped. */
export function xToDay(x: number, window: TrackWindow, width: number): DayNumber {
  if (width <= 0) return window.from;
  const day = Math.round(window.from + (x / width) * spanOf(window));
  return clampToWindow(day, window);
}

/** The days two windows share, or null when they share none. */
export function intersectWindows(a: TrackWindow, b: TrackWindow): TrackWindow | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from < to ? { from, to } : null;
}
