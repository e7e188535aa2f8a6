/**
 * The windows the track can zoom to, and how a zoom follows the day when it leaves the window.
 */
import { type DayNumber, calendarDateOf, dayNumberOf, toDay } from '../../time/days';
import { type TrackWindow, inWindow, intersectWindows } from './scale';

export type ZoomKind = 'year' | 'war';

/** A zoomed window and what it was zoomed to. */
export type Zoom = TrackWindow & { kind: ZoomKind };

/** The calendar year of the day, cut to the full range. */
export function yearWindow(day: DayNumber, full: TrackWindow): TrackWindow {
  const { year } = calendarDateOf(day);
  const whole = {
    from: dayNumberOf({ year, month: 1, day: 1 }),
    to: dayNumberOf({ year: year + 1, month: 1, day: 1 }),
  };
  return intersectWindows(whole, full) ?? full;
}

/**
 * The 2020 war: fighting began on 27 September 2020 and the ceasefire statement took effect on
 * 10 November; the window also shows 11 November, the first day after the ceasefire.
 */
export const WAR_2020_WINDOW: TrackWindow = {
  from: toDay('2020-09-27'),
  to: toDay('2020-11-12'),
};

/** The zoom of a kind around `day`, cut to the full range; null when it lies outside it. */
export function zoomWindow(kind: ZoomKind, day: DayNumber, full: TrackWindow): Zoom | null {
  const window = kind === 'year' ? yearWindow(day, full) : intersectWindows(WAR_2020_WINDOW, full);
  return window ? { kind, ...window } : null;
}

/**
 * The zoom once the day has moved (a step, a typed date, the URL): kept while the day is in it;
 * otherwise a year zoom moves to the new day's year and the war zoom ends.
 */
export function followDay(zoom: Zoom | null, day: DayNumber, full: TrackWindow): Zoom | null {
  if (!zoom || inWindow(day, zoom)) return zoom;
  return zoom.kind === 'year' ? zoomWindow('year', day, full) : null;
}
