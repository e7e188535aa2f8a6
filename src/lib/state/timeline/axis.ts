/**
 * Marks and labels on the track's axis, thinned so that labels never crowd: years on the full
 * range, months on a zoomed year, days on a window of a few weeks.
 */
import { MONTH_SHORT } from '../../domain/labels';
import { type DayNumber, calendarDateOf, dayNumberOf, daysInMonth } from '../../time/days';
import { type TrackWindow, inWindow, lastDayOf, spanOf } from './scale';

/** A mark on the track's axis; `label` is null for an unlabelled (minor) mark. */
export interface AxisTick {
  day: DayNumber;
  label: string | null;
}

/** Smallest space, in pixels, between two axis labels. */
export const MIN_LABEL_SPACING = 40;

/** The first step from `choices` whose labels are at least `minSpacing` px apart. */
function labelEvery(choices: readonly number[], pxPerUnit: number, minSpacing: number): number {
  for (const n of choices) if (n * pxPerUnit >= minSpacing) return n;
  return choices[choices.length - 1] ?? 1;
}

/** Pixels per day on a track `width` px wide. */
function pxPerDay(window: TrackWindow, width: number): number {
  return width / Math.max(1, spanOf(window));
}

/**
 * A mark on 1 January of each year in the window; labels on every year when a year is at least
 * `minSpacing` px wide, otherwise on every 5th (or, when even that is too tight, every 10th) year.
 */
export function yearTicks(
  window: TrackWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const every = labelEvery([1, 5, 10], 365.2425 * pxPerDay(window, width), minSpacing);
  const ticks: AxisTick[] = [];
  const firstYear = calendarDateOf(window.from).year;
  const lastYear = calendarDateOf(lastDayOf(window)).year;
  for (let year = firstYear; year <= lastYear; year++) {
    const day = dayNumberOf({ year, month: 1, day: 1 });
    if (!inWindow(day, window)) continue;
    ticks.push({ day, label: year % every === 0 ? String(year) : null });
  }
  return ticks;
}

/** A mark on the 1st of each month; January is labelled with its year, other months "Mar". */
export function monthTicks(
  window: TrackWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const every = labelEvery([1, 2, 3, 6], 30.44 * pxPerDay(window, width), minSpacing);
  const ticks: AxisTick[] = [];
  const start = calendarDateOf(window.from);
  for (let index = start.year * 12 + start.month - 1; ; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = dayNumberOf({ year, month, day: 1 });
    if (day >= window.to) break;
    if (day < window.from) continue;
    const labelled = (month - 1) % every === 0;
    const label = month === 1 ? String(year) : (MONTH_SHORT[month - 1] ?? null);
    ticks.push({ day, label: labelled ? label : null });
  }
  return ticks;
}

/**
 * A mark on each day; the 1st of a month is labelled "1 Oct", other labelled days by their
 * number, every 1, 2, 5 or 10 days as space allows (a label too close to a month's 1st, before
 * or after it, is dropped: "1 Oct" is wider than a day number and would overlap it).
 */
export function dayTicks(
  window: TrackWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const every = labelEvery([1, 2, 5, 10], pxPerDay(window, width), minSpacing);
  const ticks: AxisTick[] = [];
  for (let day = window.from; day < window.to; day++) {
    const date = calendarDateOf(day);
    let label: string | null = null;
    if (date.day === 1) label = `1 ${MONTH_SHORT[date.month - 1]}`;
    else if (
      date.day % every === 0 &&
      date.day - 1 >= every * 0.8 &&
      daysInMonth(date.year, date.month) + 1 - date.day >= every * 0.8
    ) {
      label = String(date.day);
    }
    ticks.push({ day, label });
  }
  return ticks;
}

/** Axis marks that suit the window: days up to ~2 months, months up to 3 years, else years. */
export function axisTicks(window: TrackWindow, width: number): AxisTick[] {
  const span = spanOf(window);
  if (span <= 62) return dayTicks(window, width);
  if (span <= 3 * 366) return monthTicks(window, width);
  return yearTicks(window, width);
}
