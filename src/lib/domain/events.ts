/**
 * Dated events (public/data/events.geojson): their shapes, the days each one took, and the days
 * its marker is on the map. `endDate` is the first day after the event (src/lib/time/interval.ts).
 */
import type { Confidence, Controller, CountryCode } from './types';
import {
  addDays,
  addMonths,
  addYears,
  type DatePrecision,
  type DayNumber,
  type IsoDate,
  toDay,
} from '../time/days';
import type { DayInterval } from '../time/interval';

export type EventKind = 'control' | 'diplomacy' | 'agreement' | 'conflict' | 'statement' | 'other';

export const EVENT_KINDS: readonly EventKind[] = [
  'control',
  'diplomacy',
  'agreement',
  'conflict',
  'statement',
  'other',
];

/** A way the sources tell the event differently; each reading carries its own sources. */
export interface EventReading {
  text: string;
  sources: string[];
}

export interface EventConcerns {
  /** ISO alpha-2 country codes. */
  countries: CountryCode[];
  /** Control zone ids (see control.geojson `zone`). */
  zones: string[];
  /** Place ids (see places.json). */
  places: string[];
}

/**
 * A change of control the event reports, as the map has it: from `day` on, `zone` (a control
 * zone id) is held by `to` (a controller code of control.geojson). The data build checks that
 * the control data has exactly this change, so the event's text and the map cannot disagree.
 */
export interface EventControlChange {
  zone: string;
  to: Controller;
  day: IsoDate;
}

/**
 * Properties of one event feature. `date` is the first day; with `datePrecision` 'month' or
 * 'year' it is the first day of that month or year. `endDate` (exclusive) is set for events
 * that last several days; `place` is where it happened (the feature's point).
 */
export interface EventProperties {
  id: string;
  date: IsoDate;
  datePrecision: DatePrecision;
  endDate?: IsoDate;
  title: string;
  summary: string;
  kind: EventKind;
  concerns: EventConcerns;
  /** Required on `control` events; optional on others (a war that changed the map). */
  controlChanges?: EventControlChange[];
  place: string;
  sources: string[];
  confidence: Confidence;
  /**
   * A key event (the criterion is in geo/events/README.md): play pauses at it and panels list it
   * first. Absent means false; the build publishes it only when true.
   */
  key?: boolean;
  readings?: EventReading[];
  note?: string;
}

export interface EventFeature {
  type: 'Feature';
  /** Stable integer id (for MapLibre feature state), derived from the slug. */
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: EventProperties;
}

/**
 * How long a marker stays on the map after its event ends: an event is visible on the days
 * [start, end + EVENT_VISIBLE_DAYS), where end is the exclusive end of its span (the day after
 * a one-day event, the first day of the next month or year for month- or year-precise ones,
 * or `endDate`). So a one-day event is shown for 31 days starting on its date.
 */
export const EVENT_VISIBLE_DAYS = 30;

/** First day of the event. */
export function eventStartDay(event: Pick<EventProperties, 'date'>): DayNumber {
  return toDay(event.date);
}

/** First day after the event (exclusive end of its span). */
export function eventEndDay(
  event: Pick<EventProperties, 'date' | 'datePrecision' | 'endDate'>,
): DayNumber {
  if (event.endDate) return toDay(event.endDate);
  if (event.datePrecision === 'year') return toDay(addYears(event.date, 1));
  if (event.datePrecision === 'month') return toDay(addMonths(event.date, 1));
  return toDay(addDays(event.date, 1));
}

/** The days the event took, as precisely as its date is known. */
export function eventSpan(
  event: Pick<EventProperties, 'date' | 'datePrecision' | 'endDate'>,
): DayInterval {
  return { from: eventStartDay(event), to: eventEndDay(event) };
}

/** The days its marker is on the map (see EVENT_VISIBLE_DAYS). */
export function markerDays(
  event: Pick<EventProperties, 'date' | 'datePrecision' | 'endDate'>,
): DayInterval {
  return { from: eventStartDay(event), to: eventEndDay(event) + EVENT_VISIBLE_DAYS };
}

/**
 * A stable positive 31-bit integer for a slug (FNV-1a), so a feature keeps its numeric id when
 * other events are added or removed. The build rejects collisions.
 */
export function numericEventId(slug: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    hash ^= slug.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}

/** Whether the event is marked key in the data (see EventProperties.key). */
export function isKeyEvent(event: Pick<EventProperties, 'key'>): boolean {
  return event.key === true;
}
