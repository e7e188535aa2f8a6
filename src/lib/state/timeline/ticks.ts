/**
 * The event marks on the track and the slider's spoken value, which names a recent event.
 */
import { type EventProperties, eventEndDay, eventStartDay, isKeyEvent } from '../../domain/events';
import { type DayNumber, formatDate, toIso } from '../../time/days';

/** A mark on the track for a dated event (or a change of control). */
export interface TimelineTick {
  day: DayNumber;
  id: string;
  label: string;
  kind: 'event' | 'change';
  /** A key event (the data's `key` flag): "pause at key events" stops play on its day. */
  key?: boolean;
  /**
   * Set only for an event known to the month or year: the first day after that month or year
   * (exclusive). The track draws it as a span from `day` to here, not as a single-day tick.
   */
  end?: DayNumber;
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

export interface TickSource {
  id: string;
  title: string;
  day: DayNumber;
  key?: boolean;
  /** Exclusive end, for an event known only to the month or year (see TimelineTick.end). */
  end?: DayNumber;
}

/** Ticks built from the atlas's events: one per event, on its first day. */
export function eventTicks(events: readonly TickSource[]): TimelineTick[] {
  return events
    .map((e) => ({
      day: e.day,
      id: e.id,
      label: e.title,
      kind: 'event' as const,
      ...(e.key ? { key: true } : {}),
      ...(e.end !== undefined ? { end: e.end } : {}),
    }))
    .sort((a, b) => a.day - b.day);
}

/**
 * The ticks of the atlas's events, as the bar shows them: titles through `title` (the naming
 * convention), the key flag from the data, and a span for a month- or year-precise date.
 */
export function ticksOfEvents(
  events: readonly { properties: EventProperties }[],
  title: (text: string) => string = (text) => text,
): TimelineTick[] {
  return eventTicks(
    events.map(({ properties: e }) => ({
      id: e.id,
      title: title(e.title),
      day: eventStartDay(e),
      key: isKeyEvent(e),
      ...(e.datePrecision !== 'day' ? { end: eventEndDay(e) } : {}),
    })),
  );
}

/**
 * The distinct days of the key ticks, ascending: where "pause at key events" stops play. Other
 * events do not stop it, so a war with a change every day does not pause every day.
 */
export function keyDaysOf(ticks: readonly { day: DayNumber; key?: boolean }[]): DayNumber[] {
  return [...new Set(ticks.filter((t) => t.key === true).map((t) => t.day))].sort((a, b) => a - b);
}

/** A tick drawn as a span (an event known only to the month or year). */
export function isSpanTick(tick: TimelineTick): tick is TimelineTick & { end: DayNumber } {
  return tick.end !== undefined;
}
