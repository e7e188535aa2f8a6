/**
 * The event marks on the track and the slider's spoken value, which names a recent event.
 */
import { type DayNumber, formatDate, toIso } from '../../time/days';

/** A mark on the track for a dated event (or a change of control). */
export interface TimelineTick {
  day: DayNumber;
  id: string;
  label: string;
  kind: 'event' | 'change';
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

/** Ticks built from the atlas's events: one per event, on its first day. */
export function eventTicks(
  events: readonly { id: string; title: string; day: DayNumber }[],
): TimelineTick[] {
  return events
    .map((e) => ({ day: e.day, id: e.id, label: e.title, kind: 'event' as const }))
    .sort((a, b) => a.day - b.day);
}

/** The distinct days of the ticks, ascending: where "pause at key events" stops play. */
export function keyDaysOf(ticks: readonly { day: DayNumber }[]): DayNumber[] {
  return [...new Set(ticks.map((t) => t.day))].sort((a, b) => a - b);
}
