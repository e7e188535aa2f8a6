/**
 * Pure logic of the timeline bar: the mapping between days and track positions, axis ticks,
 * stepping, play, zoom windows and reading typed dates. Nothing here reads the clock or touches
 * the DOM, so every rule can be unit-tested on fixed calendar days.
 *
 * Windows are CLOSED ranges of days, [from, to]: a slider's ends are both selectable, so the
 * left edge of the track is `from` and the right edge is `to` (unlike the half-open data
 * intervals in days.ts).
 */
import {
  type DayNumber,
  addDays,
  addMonths,
  addYears,
  calendarDateOf,
  clampDay,
  dayNumberOf,
  daysInMonth,
  formatDate,
  toDay,
  toIso,
} from './days';
import { MONTH_SHORT } from '../domain/labels';

/** A closed range of days shown on the track: both `from` and `to` are on it. */
export interface DayWindow {
  from: DayNumber;
  to: DayNumber;
}

/** Clamps a day into a closed window. */
export function clampToWindow(day: DayNumber, window: DayWindow): DayNumber {
  return clampDay(day, window.from, window.to);
}

/** True when the day lies in the closed window. */
export function inWindow(day: DayNumber, window: DayWindow): boolean {
  return day >= window.from && day <= window.to;
}

/**
 * Track x of a day: `from` maps to 0 and `to` to `width`, linearly in between (days outside the
 * window map outside [0, width]). A one-day window puts its day at 0.
 */
export function dayToX(day: DayNumber, window: DayWindow, width: number): number {
  const span = window.to - window.from;
  if (span <= 0) return 0;
  return ((day - window.from) / span) * width;
}

/** The day under track x (the inverse of `dayToX`), rounded to the nearest day and clamped. */
export function xToDay(x: number, window: DayWindow, width: number): DayNumber {
  if (width <= 0) return window.from;
  const day = Math.round(window.from + (x / width) * (window.to - window.from));
  return clampToWindow(day, window);
}

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

/**
 * A mark on 1 January of each year in the window; labels on every year when a year is at least
 * `minSpacing` px wide, otherwise on every 5th (or, when even that is too tight, every 10th) year.
 */
export function yearTicks(
  window: DayWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const pxPerYear = (365.2425 * width) / Math.max(1, window.to - window.from);
  const every = labelEvery([1, 5, 10], pxPerYear, minSpacing);
  const ticks: AxisTick[] = [];
  const firstYear = calendarDateOf(window.from).year;
  const lastYear = calendarDateOf(window.to).year;
  for (let year = firstYear; year <= lastYear; year++) {
    const day = dayNumberOf({ year, month: 1, day: 1 });
    if (!inWindow(day, window)) continue;
    ticks.push({ day, label: year % every === 0 ? String(year) : null });
  }
  return ticks;
}

/** A mark on the 1st of each month; January is labelled with its year, other months "Mar". */
export function monthTicks(
  window: DayWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const pxPerMonth = (30.44 * width) / Math.max(1, window.to - window.from);
  const every = labelEvery([1, 2, 3, 6], pxPerMonth, minSpacing);
  const ticks: AxisTick[] = [];
  const start = calendarDateOf(window.from);
  for (let index = start.year * 12 + start.month - 1; ; index++) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const day = dayNumberOf({ year, month, day: 1 });
    if (day > window.to) break;
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
  window: DayWindow,
  width: number,
  minSpacing = MIN_LABEL_SPACING,
): AxisTick[] {
  const pxPerDay = width / Math.max(1, window.to - window.from);
  const every = labelEvery([1, 2, 5, 10], pxPerDay, minSpacing);
  const ticks: AxisTick[] = [];
  for (let day = window.from; day <= window.to; day++) {
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
export function axisTicks(window: DayWindow, width: number): AxisTick[] {
  const span = window.to - window.from;
  if (span <= 62) return dayTicks(window, width);
  if (span <= 3 * 366) return monthTicks(window, width);
  return yearTicks(window, width);
}

export type StepUnit = 'day' | 'month' | 'year';

/**
 * Steps a day by `count` days, months or years (calendar arithmetic from days.ts: 31 January
 * plus a month is the last day of February), then clamps into the window.
 */
export function stepDay(
  day: DayNumber,
  unit: StepUnit,
  count: number,
  window: DayWindow,
): DayNumber {
  const iso = toIso(day);
  const moved =
    unit === 'day'
      ? addDays(iso, count)
      : unit === 'month'
        ? addMonths(iso, count)
        : addYears(iso, count);
  return clampToWindow(toDay(moved), window);
}

/** Index of the first entry of a sorted array that is greater than `day`. */
function upperBound(sorted: readonly DayNumber[], day: DayNumber): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as DayNumber) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry of a sorted array that is at least `day`. */
function lowerBound(sorted: readonly DayNumber[], day: DayNumber): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as DayNumber) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest change day strictly before `day` (changeDays sorted ascending), or null. */
export function previousChange(day: DayNumber, changeDays: readonly DayNumber[]): DayNumber | null {
  const index = lowerBound(changeDays, day) - 1;
  return index >= 0 ? (changeDays[index] ?? null) : null;
}

/** The earliest change day strictly after `day` (changeDays sorted ascending), or null. */
export function nextChange(day: DayNumber, changeDays: readonly DayNumber[]): DayNumber | null {
  return changeDays[upperBound(changeDays, day)] ?? null;
}

/** Mean length of a Gregorian year and month, so "1 year/s" covers a year of days per second. */
export const DAYS_PER_YEAR = 365.2425;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface PlaySpeed {
  id: string;
  label: string;
  daysPerSecond: number;
}

export const PLAY_SPEEDS: readonly PlaySpeed[] = [
  { id: 'month', label: '1 month/s', daysPerSecond: DAYS_PER_MONTH },
  { id: 'year', label: '1 year/s', daysPerSecond: DAYS_PER_YEAR },
  { id: 'five-years', label: '5 years/s', daysPerSecond: 5 * DAYS_PER_YEAR },
];

/**
 * A frame that arrives late (a hidden tab, a long task) counts as at most this long, so play
 * never leaps years at once.
 */
export const MAX_FRAME_MS = 250;

export interface PlayInput {
  /** Fractional day reached so far; play keeps the fraction so slow speeds still advance. */
  position: number;
  daysPerSecond: number;
  /** Time since the previous frame. */
  elapsedMs: number;
  /** The day play ends on (inclusive). */
  end: DayNumber;
  /** Sorted days where play pauses; empty or absent when "pause at key events" is off. */
  keyDays?: readonly DayNumber[];
}

export interface PlayStep {
  position: number;
  /** The whole day to show: floor of the position. */
  day: DayNumber;
  /** Why play stopped on this frame, or null to keep going. */
  stop: 'end' | 'key' | null;
}

/**
 * One frame of play. Advances by speed × elapsed time, never past `end` (it stops exactly on
 * it); when a key day lies after the current day and no later than the new day, it stops on
 * that key day instead. A key day equal to the starting day does not stop play again, so
 * pressing play on a key day resumes.
 */
export function advancePlay(input: PlayInput): PlayStep {
  const elapsed = Math.min(Math.max(0, input.elapsedMs), MAX_FRAME_MS);
  const current = Math.floor(input.position);
  const target = Math.min(input.position + (input.daysPerSecond * elapsed) / 1000, input.end);
  const reached = Math.floor(target);
  const keys = input.keyDays ?? [];
  const key = keys[upperBound(keys, current)];
  if (key !== undefined && key <= reached && key < input.end) {
    return { position: key, day: key, stop: 'key' };
  }
  if (target >= input.end) return { position: input.end, day: input.end, stop: 'end' };
  return { position: target, day: reached, stop: null };
}

/** Days within which an event still names the date in the slider's spoken value. */
export const NEAREST_TICK_DAYS = 30;

/**
 * The tick at or before `day` that is closest to it, if within `maxDays`; of several ticks on
 * the same day the last listed wins.
 */
export function nearestTick<T extends { day: DayNumber }>(
  day: DayNumber,
  ticks: readonly T[],
  maxDays = NEAREST_TICK_DAYS,
): T | null {
  let best: T | null = null;
  for (const tick of ticks) {
    if (tick.day > day || day - tick.day > maxDays) continue;
    if (best === null || tick.day >= best.day) best = tick;
  }
  return best;
}

/** The slider's spoken value: "12 May 1994, Bishkek ceasefire in force", or just the date. */
export function valueText(day: DayNumber, ticks: readonly { day: DayNumber; label: string }[]) {
  const date = formatDate(toIso(day));
  const tick = nearestTick(day, ticks);
  return tick ? `${date}, ${tick.label}` : date;
}

/** The intersection of two windows, or null when they do not meet. */
export function intersectWindows(a: DayWindow, b: DayWindow): DayWindow | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** 1 January to 31 December of the day's year, cut to the full range. */
export function yearWindow(day: DayNumber, full: DayWindow): DayWindow {
  const { year } = calendarDateOf(day);
  const whole = {
    from: dayNumberOf({ year, month: 1, day: 1 }),
    to: dayNumberOf({ year, month: 12, day: 31 }),
  };
  return intersectWindows(whole, full) ?? full;
}

/**
 * The 2020 war: fighting began on 27 September 2020 and the ceasefire statement took effect
 * on 10 November; the window runs to 11 November so the first day after it is on the track.
 */
export const WAR_2020_WINDOW: DayWindow = {
  from: toDay('2020-09-27'),
  to: toDay('2020-11-11'),
};

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number (1-12) from a name or an unambiguous prefix of at least three letters. */
function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return index >= 0 ? index + 1 : null;
}

function validDay(year: number, month: number | null, day: number): DayNumber | null {
  if (month === null || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf({ year, month, day });
}

/**
 * Reads a typed date: "1994-05-12" (also "1994-5-12"), "12 May 1994", "12 Sept. 1994" or
 * "May 12, 1994". Returns null for anything else or for a day that does not exist.
 */
export function parseDateInput(text: string): DayNumber | null {
  const value = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(value);
  if (m) return validDay(Number(m[3]), monthFromName(m[2] ?? ''), Number(m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  if (m) return validDay(Number(m[3]), monthFromName(m[1] ?? ''), Number(m[2]));
  return null;
}

export type DateInputResult = { ok: true; day: DayNumber } | { ok: false; message: string };

/** Reads a typed date and checks it lies in the full range; the message is shown to the user. */
export function readDateInput(text: string, full: DayWindow): DateInputResult {
  const day = parseDateInput(text);
  if (day === null) {
    return { ok: false, message: 'Type a date like 1994-05-12 or 12 May 1994.' };
  }
  if (!inWindow(day, full)) {
    const from = formatDate(toIso(full.from));
    const to = formatDate(toIso(full.to));
    return { ok: false, message: `Choose a date from ${from} to ${to}.` };
  }
  return { ok: true, day };
}

export type { ControlSummary } from '../domain/control';

/** A mark on the track for a dated event (or, until events exist, a control change). */
export interface TimelineTick {
  day: DayNumber;
  id: string;
  label: string;
  kind: 'event' | 'change';
}
