/**
 * Validation rules for the places and events sources. Each rule throws DataError naming the
 * offending entry; the builds run all of them, and the unit tests run each on the real data and
 * on a broken fixture.
 */
import type { Source } from '../../src/lib/domain/types';
import { EVENT_KINDS, type EventProperties, numericEventId } from '../../src/lib/domain/events';
import type { Place, PlaceKind } from '../../src/lib/domain/places';
import { addDays, parseIsoDate, toDay } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';
import { DataError } from '../lib/context';

/** The countries the atlas speaks about; any other code is a typo or out of scope. */
export const KNOWN_COUNTRIES: readonly string[] = [
  'AM',
  'AZ',
  'GE',
  'PK',
  'TR',
  'IR',
  'RU',
  'IN',
  'CN',
  'US',
  'KG',
  // States that recognised Abkhazia or South Ossetia, or took part in the peace talks.
  'NI',
  'VE',
  'NR',
  'VU',
  'TV',
  'SY',
  'FR',
  'DE',
];

const PLACE_KINDS: readonly PlaceKind[] = ['capital', 'de-facto-capital', 'town', 'village'];
const CONFIDENCES = ['high', 'medium', 'low'];
const NAME_KEYS = ['hy', 'az', 'ka', 'ru'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface WithId {
  id: string;
}

/** Every id is a lower-case slug and appears once. */
export function checkUniqueIds(items: readonly WithId[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item.id !== 'string' || !SLUG.test(item.id)) {
      throw new DataError(`${what} "${item.id}": id must be a lower-case slug (a-z, 0-9, -)`);
    }
    if (seen.has(item.id)) throw new DataError(`${what} "${item.id}": duplicate id`);
    seen.add(item.id);
  }
}

/** Every cited source id (including those of readings) is in the bibliography. */
export function checkSourcesResolve(
  items: readonly (WithId & {
    sources: readonly string[];
    readings?: readonly { sources: readonly string[] }[];
  })[],
  sources: ReadonlyMap<string, Source>,
  what: string,
): void {
  for (const item of items) {
    if (!Array.isArray(item.sources) || item.sources.length === 0) {
      throw new DataError(`${what} "${item.id}": needs at least one source`);
    }
    const cited = [...item.sources, ...(item.readings ?? []).flatMap((r) => r.sources)];
    for (const reading of item.readings ?? []) {
      if (reading.sources.length === 0) {
        throw new DataError(`${what} "${item.id}": every reading needs a source`);
      }
    }
    for (const id of cited) {
      if (!sources.has(id)) throw new DataError(`${what} "${item.id}": unknown source "${id}"`);
    }
  }
}

/** Country codes are among KNOWN_COUNTRIES. */
export function checkCountries(codes: readonly string[], where: string): void {
  for (const code of codes) {
    if (!KNOWN_COUNTRIES.includes(code)) {
      throw new DataError(`${where}: "${code}" is not a known ISO alpha-2 country code`);
    }
  }
}

/** Latitude in [-90, 90], longitude in [-180, 180], at most 5 decimals. */
export function checkCoordinates(places: readonly Place[]): void {
  for (const p of places) {
    const ok =
      Number.isFinite(p.lat) &&
      Number.isFinite(p.lon) &&
      Math.abs(p.lat) <= 90 &&
      Math.abs(p.lon) <= 180;
    if (!ok) throw new DataError(`place "${p.id}": coordinates ${p.lat}, ${p.lon} out of range`);
    for (const value of [p.lat, p.lon]) {
      if (Math.round(value * 1e5) / 1e5 !== value) {
        throw new DataError(`place "${p.id}": ${value} has more than 5 decimals`);
      }
    }
  }
}

/** Kind, country, capital and name fields of places. */
export function checkPlaceFields(places: readonly Place[]): void {
  for (const p of places) {
    const where = `place "${p.id}"`;
    if (!PLACE_KINDS.includes(p.kind)) throw new DataError(`${where}: unknown kind "${p.kind}"`);
    checkCountries([p.country], where);
    if (p.kind === 'capital') {
      if (!p.capitalOf) throw new DataError(`${where}: a capital needs capitalOf`);
      checkCountries([p.capitalOf], where);
    } else if (p.capitalOf !== undefined) {
      throw new DataError(`${where}: only a capital has capitalOf`);
    }
    if (!p.name?.trim()) throw new DataError(`${where}: name is missing`);
    for (const [field, names] of [
      ['names', p.names],
      ['native', p.native],
    ] as const) {
      for (const [key, value] of Object.entries(names ?? {})) {
        if (!NAME_KEYS.includes(key))
          throw new DataError(`${where}: ${field} key "${key}" unknown`);
        if (!value?.trim()) throw new DataError(`${where}: ${field}.${key} is empty`);
      }
    }
  }
}

/**
 * Dates are real ISO days within [FIRST_DAY, verifiedThrough]; month- and year-precise dates
 * fall on the first of their month or year; `endDate` (exclusive) is after `date` and at most
 * the day after verifiedThrough.
 */
export function checkEventDates(events: readonly EventProperties[], verifiedThrough: string): void {
  const first = toDay(FIRST_DAY);
  const last = toDay(verifiedThrough);
  for (const e of events) {
    const where = `event "${e.id}"`;
    const date = parseIsoDate(e.date ?? '');
    if (!date) throw new DataError(`${where}: date "${e.date}" is not a valid ISO day`);
    const day = toDay(e.date);
    if (day < first || day > last) {
      throw new DataError(`${where}: date ${e.date} outside ${FIRST_DAY} .. ${verifiedThrough}`);
    }
    if (e.datePrecision === 'month' && date.day !== 1) {
      throw new DataError(`${where}: a month-precise date must be the first of the month`);
    }
    if (e.datePrecision === 'year' && (date.day !== 1 || date.month !== 1)) {
      throw new DataError(`${where}: a year-precise date must be 1 January`);
    }
    if (!['day', 'month', 'year'].includes(e.datePrecision)) {
      throw new DataError(`${where}: unknown datePrecision "${e.datePrecision}"`);
    }
    if (e.endDate !== undefined) {
      if (!parseIsoDate(e.endDate)) throw new DataError(`${where}: endDate "${e.endDate}" invalid`);
      const end = toDay(e.endDate);
      if (end <= day) throw new DataError(`${where}: endDate must be after date (it is exclusive)`);
      if (end > toDay(addDays(verifiedThrough, 1))) {
        throw new DataError(`${where}: endDate ${e.endDate} after ${verifiedThrough}`);
      }
    }
  }
}

/**
 * `place` and every place in `concerns.places` exist; countries are known; zones are slugs and,
 * when the control zone ids are given, among them.
 */
export function checkEventRefs(
  events: readonly EventProperties[],
  placeIds: ReadonlySet<string>,
  zoneIds?: ReadonlySet<string>,
): void {
  for (const e of events) {
    const where = `event "${e.id}"`;
    if (!placeIds.has(e.place)) throw new DataError(`${where}: unknown place "${e.place}"`);
    for (const p of e.concerns?.places ?? []) {
      if (!placeIds.has(p)) throw new DataError(`${where}: concerns unknown place "${p}"`);
    }
    checkCountries(e.concerns?.countries ?? [], where);
    for (const z of e.concerns?.zones ?? []) {
      if (!SLUG.test(z)) throw new DataError(`${where}: zone id "${z}" is not a slug`);
      if (zoneIds && !zoneIds.has(z)) throw new DataError(`${where}: unknown control zone "${z}"`);
    }
  }
}

/** Kind, confidence and texts are present and valid. */
export function checkEventFields(events: readonly EventProperties[]): void {
  for (const e of events) {
    const where = `event "${e.id}"`;
    if (!EVENT_KINDS.includes(e.kind)) throw new DataError(`${where}: unknown kind "${e.kind}"`);
    if (!CONFIDENCES.includes(e.confidence)) {
      throw new DataError(`${where}: unknown confidence "${e.confidence}"`);
    }
    if (!e.title?.trim() || !e.summary?.trim())
      throw new DataError(`${where}: title or summary missing`);
    if (!e.concerns || !Array.isArray(e.concerns.countries) || e.concerns.countries.length === 0) {
      throw new DataError(`${where}: concerns.countries must name at least one country`);
    }
    for (const r of e.readings ?? []) {
      if (!r.text?.trim()) throw new DataError(`${where}: a reading has no text`);
    }
    if (e.readings !== undefined && e.readings.length < 2) {
      throw new DataError(`${where}: readings show disagreement, so there must be at least two`);
    }
  }
}

/** Numeric feature ids derived from slugs do not collide. */
export function checkNumericIds(events: readonly EventProperties[]): void {
  const seen = new Map<number, string>();
  for (const e of events) {
    const n = numericEventId(e.id);
    const other = seen.get(n);
    if (other !== undefined)
      throw new DataError(`events "${other}" and "${e.id}": numeric id collision`);
    seen.set(n, e.id);
  }
}

export function validatePlaces(
  places: readonly Place[],
  sources: ReadonlyMap<string, Source>,
): void {
  if (!Array.isArray(places)) throw new DataError('geo/places/places.json: expected an array');
  checkUniqueIds(places, 'place');
  checkPlaceFields(places);
  checkCoordinates(places);
  checkSourcesResolve(places, sources, 'place');
}

export function validateEvents(
  events: readonly EventProperties[],
  places: readonly Place[],
  sources: ReadonlyMap<string, Source>,
  verifiedThrough: string,
  zoneIds?: ReadonlySet<string>,
): void {
  if (!Array.isArray(events)) throw new DataError('geo/events/events.json: expected an array');
  checkUniqueIds(events, 'event');
  checkEventFields(events);
  checkEventDates(events, verifiedThrough);
  checkEventRefs(events, new Set(places.map((p) => p.id)), zoneIds);
  checkSourcesResolve(events, sources, 'event');
  checkNumericIds(events);
}
