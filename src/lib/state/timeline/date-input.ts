/**
 * Reading a date typed into the timeline's date box. People type dates many ways; the box takes
 * every form that can mean only one day, month or year, and says which day it went to. A month
 * or a year goes to its first day. A numeric day and month that could be read either way round
 * ("05/09/2023") is refused with both readings, rather than guessed.
 */
import { MONTH_NAMES } from '../../domain/labels';
import {
  type DatePrecision,
  type DayNumber,
  dayNumberOf,
  daysInMonth,
  formatDate,
  formatDay,
  toIso,
} from '../../time/days';
import { type TrackWindow, inWindow, lastDayOf } from './scale';

/** A typed date: its first day, and whether it named a day, a month or a year. */
export interface ParsedDate {
  day: DayNumber;
  precision: DatePrecision;
}

/** Month number (1-12) from a name or an unambiguous prefix of at least three letters. */
function monthFromName(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((full) => full.toLowerCase().startsWith(lower));
  return index >= 0 ? index + 1 : null;
}

function validDay(year: number, month: number | null, day: number): DayNumber | null {
  if (month === null || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf({ year, month, day });
}

function dayPrecise(day: DayNumber | null): ParsedDate | null {
  return day === null ? null : { day, precision: 'day' };
}

function monthPrecise(year: number, month: number | null): ParsedDate | null {
  const day = validDay(year, month, 1);
  return day === null ? null : { day, precision: 'month' };
}

/**
 * The readings of a numeric "a/b/yyyy" (also with dots or dashes): day first or month first.
 * Only the readings that exist; identical readings count once.
 */
function numericReadings(a: number, b: number, year: number): DayNumber[] {
  const readings = [validDay(year, b, a), validDay(year, a, b)].filter(
    (d): d is DayNumber => d !== null,
  );
  return [...new Set(readings)];
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a typed date. Days: "1994-05-12" (also "1994-5-12"), "12 May 1994", "12 Sept. 1994",
 * "May 12, 1994", "19/09/2023" or "09/19/2023" (only when one number cannot be a month).
 * Months: "September 2023", "Sep 2023", "2023-09", "09/2023". Years: "2023". Returns null for
 * anything else, for a day that does not exist, and for an ambiguous numeric date.
 */
export function parseDateInput(text: string): ParsedDate | null {
  const value = text.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return dayPrecise(validDay(Number(m[1]), Number(m[2]), Number(m[3])));
  m = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/i.exec(value);
  if (m) return dayPrecise(validDay(Number(m[3]), monthFromName(m[2] ?? ''), Number(m[1])));
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/i.exec(value);
  if (m) return dayPrecise(validDay(Number(m[3]), monthFromName(m[1] ?? ''), Number(m[2])));
  m = NUMERIC.exec(value);
  if (m) {
    const readings = numericReadings(Number(m[1]), Number(m[2]), Number(m[3]));
    return readings.length === 1 ? dayPrecise(readings[0]!) : null;
  }
  m = /^([a-z]+)\.?,? (\d{4})$/i.exec(value);
  if (m) return monthPrecise(Number(m[2]), monthFromName(m[1] ?? ''));
  m = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (m) return monthPrecise(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) return monthPrecise(Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: dayNumberOf({ year: Number(m[1]), month: 1, day: 1 }), precision: 'year' };
  return null;
}

export type DateInputResult =
  { ok: true; day: DayNumber; message: string } | { ok: false; message: string };

const EXAMPLES = 'Type a date like 1994-05-12, 12 May 1994, September 2023 or 2023.';

/** What the box says it went to: "Showing 1 September 2023, the start of September 2023." */
function acceptedMessage(parsed: ParsedDate): string {
  const date = formatDay(parsed.day);
  if (parsed.precision === 'day') return `Showing ${date}.`;
  return `Showing ${date}, the start of ${formatDay(parsed.day, parsed.precision)}.`;
}

/**
 * Reads a typed date and checks it lies in the full range. Every message is shown to the user:
 * what was understood, or why nothing was.
 */
export function readDateInput(text: string, full: TrackWindow): DateInputResult {
  const parsed = parseDateInput(text);
  if (parsed === null) {
    const m = NUMERIC.exec(text.trim());
    const readings = m ? numericReadings(Number(m[1]), Number(m[2]), Number(m[3])) : [];
    if (readings.length === 2) {
      const [a, b] = readings.map((d) => formatDay(d));
      return { ok: false, message: `That could be ${a} or ${b}; type the month as a word.` };
    }
    return { ok: false, message: EXAMPLES };
  }
  if (!inWindow(parsed.day, full)) {
    const from = formatDate(toIso(full.from));
    const to = formatDate(toIso(lastDayOf(full)));
    return { ok: false, message: `Choose a date from ${from} to ${to}.` };
  }
  return { ok: true, day: parsed.day, message: acceptedMessage(parsed) };
}
