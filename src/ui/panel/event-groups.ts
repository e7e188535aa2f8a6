/**
 * The panel's event list in groups by year, newest year first, so a state with sixty events
 * reads as a short list of years with counts. Within a year the events keep date order, which
 * is how a year's story reads. Short lists are not grouped.
 */
import type { IsoDate } from '../../lib/time/days';

/** Lists this long or shorter are shown whole, without year headings. */
export const GROUP_FROM = 9;

export interface EventGroup<T> {
  /** "2023". */
  year: string;
  events: T[];
  /** Open at first: the year of the day shown, or the newest year when that has none. */
  open: boolean;
}

/**
 * Events (sorted by date) grouped by calendar year, newest first; null when the list is short
 * enough to show whole. `day` is the day the app shows.
 */
export function groupByYear<T extends { date: IsoDate }>(
  events: readonly T[],
  day: IsoDate,
): EventGroup<T>[] | null {
  if (events.length < GROUP_FROM) return null;
  const byYear = new Map<string, T[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(event);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()].sort().reverse();
  const openYear = byYear.has(day.slice(0, 4)) ? day.slice(0, 4) : years[0];
  return years.map((year) => ({ year, events: byYear.get(year)!, open: year === openYear }));
}
