/**
 * Moving the day by calendar steps and to the neighbouring changes of control.
 */
import { type DayNumber, addDays, addMonths, addYears, toDay, toIso } from '../../time/days';
import { type TrackWindow, clampToWindow } from './scale';

export type StepUnit = 'day' | 'month' | 'year';

/**
 * Steps a day by `count` days, months or years (calendar arithmetic: 31 January plus a month is
 * the last day of February), then clamps into the window.
 */
export function stepDay(
  day: DayNumber,
  unit: StepUnit,
  count: number,
  window: TrackWindow,
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
export function upperBound(sorted: readonly DayNumber[], day: DayNumber): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as DayNumber) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest change day strictly before `day` (changeDays sorted ascending), or null. */
export function previousChange(day: DayNumber, changeDays: readonly DayNumber[]): DayNumber | null {
  const index = upperBound(changeDays, day - 1) - 1;
  return index >= 0 ? (changeDays[index] ?? null) : null;
}

/** The earliest change day strictly after `day` (changeDays sorted ascending), or null. */
export function nextChange(day: DayNumber, changeDays: readonly DayNumber[]): DayNumber | null {
  return changeDays[upperBound(changeDays, day)] ?? null;
}

/**
 * The day a key on the slider moves to, or null for a key the slider leaves alone: arrows step
 * a day (a month with Shift), Page Up and Down a year, Home and End go to the range's ends.
 */
export function sliderKeyTarget(
  key: string,
  shift: boolean,
  base: DayNumber,
  full: TrackWindow,
): DayNumber | null {
  const unit: StepUnit = shift ? 'month' : 'day';
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return stepDay(base, unit, -1, full);
    case 'ArrowRight':
    case 'ArrowUp':
      return stepDay(base, unit, 1, full);
    case 'PageUp':
      return stepDay(base, 'year', 1, full);
    case 'PageDown':
      return stepDay(base, 'year', -1, full);
    case 'Home':
      return full.from;
    case 'End':
      return full.to - 1;
    default:
      return null;
  }
}
