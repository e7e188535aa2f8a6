/**
 * The one interval type of the atlas, and its one membership test.
 *
 * Contract: an interval of calendar days is half-open. `from` is the first day in it and `to`
 * the first day after it (exclusive); `to: null` means it has not ended. So [from, to) holds
 * `to - from` days, two intervals that meet (`a.to === b.from`) share no day, and a period that
 * ends "on" a day in the sources is stored with `to` set to the day after. Every period in the
 * data (control, relations, events, the timeline's windows) follows this contract; code never
 * re-states it.
 */
import { type DayNumber, type IsoDate, toDay } from './days';

export interface DayInterval {
  from: DayNumber;
  to: DayNumber | null;
}

/** True when `day` lies in `interval` (see the contract above). */
export function contains(interval: DayInterval, day: DayNumber): boolean {
  return day >= interval.from && (interval.to === null || day < interval.to);
}

/** The interval of a published period (`from`, `to` as ISO days); parse once, at load. */
export function intervalOf(period: { from: IsoDate; to: IsoDate | null }): DayInterval {
  return { from: toDay(period.from), to: period.to === null ? null : toDay(period.to) };
}
