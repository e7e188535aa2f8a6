/**
 * Calendar days without time zones.
 *
 * Contract: a day is either an ISO date string `YYYY-MM-DD` (proleptic Gregorian calendar) or a
 * day number, the count of days since 1970-01-01 (day 0). Nothing here reads the clock or uses
 * `Date`, so results never depend on the machine's time zone or on today's date.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01; 1970-01-01 is 0. */
export type DayNumber = number;

/**
 * How exactly a date is known: to the day, only the month, or only the year; `announced` is a
 * day that is only known as the day a change was announced (the change itself may have come
 * earlier or later, and the announcement may have been disputed).
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'announced';

/** Every precision code, for validation. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'announced'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Parses `YYYY-MM-DD`; returns null for anything malformed or for a day that does not exist. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/**
 * Day number of a calendar date (days from civil, after Howard Hinnant's published algorithm,
 * which is exact for the proleptic Gregorian calendar).
 */
export function dayNumberOf({ year, month, day }: CalendarDate): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function calendarDateOf(dayNumber: DayNumber): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Day number of an ISO date; throws on a malformed date (use `parseIsoDate` for user input). */
export function toDay(iso: IsoDate): DayNumber {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not a valid ISO calendar date: "${iso}"`);
  return dayNumberOf(date);
}

export function toIso(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = calendarDateOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(toDay(iso) + days);
}

/**
 * Adds calendar months; the day is kept where it exists and otherwise becomes the month's last
 * day (2024-01-31 + 1 month = 2024-02-29), so stepping never skips a month.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`Not a valid ISO calendar date: "${iso}"`);
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return toIso(dayNumberOf({ year, month, day }));
}

export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

/** Clamps a day number to the closed range [min, max]. */
export function clampDay(day: DayNumber, min: DayNumber, max: DayNumber): DayNumber {
  return Math.min(max, Math.max(min, day));
}

/** English month names, January first; shared through src/lib/domain/labels.ts. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatCalendarDate(date: CalendarDate, precision: DatePrecision): string {
  if (precision === 'year') return String(date.year);
  if (precision === 'month') return `${MONTH_NAMES[date.month - 1]} ${date.year}`;
  const text = `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return precision === 'announced' ? `${text} (as announced)` : text;
}

/**
 * "12 May 1994"; with month precision "May 1994"; with year precision "1994"; with `announced`
 * precision "4 October 2020 (as announced)".
 */
export function formatDate(iso: IsoDate, precision: DatePrecision = 'day'): string {
  const date = parseIsoDate(iso);
  return date ? formatCalendarDate(date, precision) : iso;
}

/** `formatDate` for a day number. */
export function formatDay(day: DayNumber, precision: DatePrecision = 'day'): string {
  return formatCalendarDate(calendarDateOf(day), precision);
}
