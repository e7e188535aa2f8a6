/**
 * Reading a date typed into the timeline's date box.
 */
import { MONTH_NAMES } from '../../domain/labels';
import { type DayNumber, dayNumberOf, daysInMonth, formatDate, toIso } from '../../time/days';
import { type TrackWindow, inWindow, lastDayOf } from './scale';

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
export function readDateInput(text: string, full: TrackWindow): DateInputResult {
  const day = parseDateInput(text);
  if (day === null) {
    return { ok: false, message: 'Type a date like 1994-05-12 or 12 May 1994.' };
  }
  if (!inWindow(day, full)) {
    const from = formatDate(toIso(full.from));
    const to = formatDate(toIso(lastDayOf(full)));
    return { ok: false, message: `Choose a date from ${from} to ${to}.` };
  }
  return { ok: true, day };
}
