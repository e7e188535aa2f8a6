/**
 * Validation rules for the places and events sources. Each rule returns the list of problems it
 * finds (empty when it holds), each naming the offending entry and what is wrong; the builds
 * run all of them and report every problem, and the unit tests run each on the real data and on
 * a broken fixture.
 */
import type { Source } from '../../src/lib/domain/types';
import { EVENT_KINDS, type EventProperties, numericEventId } from '../../src/lib/domain/events';
import type { Place, PlaceKind } from '../../src/lib/domain/places';
import { addDays, parseIsoDate, toDay } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';
import {
  type ControlTimelines,
  checkChangesHaveEvents,
  checkControlChanges,
} from './control-links';

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
export function checkUniqueIds(items: readonly WithId[], what: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item.id !== 'string' || !SLUG.test(item.id)) {
      problems.push(`${what} "${item.id}": id must be a lower-case slug (a-z, 0-9, -)`);
    }
    if (seen.has(item.id)) problems.push(`${what} "${item.id}": duplicate id`);
    seen.add(item.id);
  }
  return problems;
}

/** Every cited source id (including those of readings) is in the bibliography. */
export function checkSourcesResolve(
  items: readonly (WithId & {
    sources: readonly string[];
    readings?: readonly { sources: readonly string[] }[];
  })[],
  sources: ReadonlyMap<string, Source>,
  what: string,
): string[] {
  const problems: string[] = [];
  for (const item of items) {
    if (!Array.isArray(item.sources) || item.sources.length === 0) {
      problems.push(`${what} "${item.id}": needs at least one source`);
      continue;
    }
    const cited = [...item.sources, ...(item.readings ?? []).flatMap((r) => r.sources)];
    for (const reading of item.readings ?? []) {
      if (reading.sources.length === 0) {
        problems.push(`${what} "${item.id}": every reading needs a source`);
      }
    }
    for (const id of cited) {
      if (!sources.has(id)) problems.push(`${what} "${item.id}": unknown source "${id}"`);
    }
  }
  return problems;
}

/** Country codes are among KNOWN_COUNTRIES. */
export function checkCountries(codes: readonly string[], where: string): string[] {
  const problems: string[] = [];
  for (const code of codes) {
    if (!KNOWN_COUNTRIES.includes(code)) {
      problems.push(`${where}: "${code}" is not a known ISO alpha-2 country code`);
    }
  }
  return problems;
}

/** Latitude in [-90, 90], longitude in [-180, 180], at most 5 decimals. */
export function checkCoordinates(places: readonly Place[]): string[] {
  const problems: string[] = [];
  for (const p of places) {
    const ok =
      Number.isFinite(p.lat) &&
      Number.isFinite(p.lon) &&
      Math.abs(p.lat) <= 90 &&
      Math.abs(p.lon) <= 180;
    if (!ok) {
      problems.push(`place "${p.id}": coordinates ${p.lat}, ${p.lon} out of range`);
      continue;
    }
    for (const value of [p.lat, p.lon]) {
      if (Math.round(value * 1e5) / 1e5 !== value) {
        problems.push(`place "${p.id}": ${value} has more than 5 decimals`);
      }
    }
  }
  return problems;
}

/** Kind, country, capital and name fields of places. */
export function checkPlaceFields(places: readonly Place[]): string[] {
  const problems: string[] = [];
  for (const p of places) {
    const where = `place "${p.id}"`;
    if (!PLACE_KINDS.includes(p.kind)) problems.push(`${where}: unknown kind "${p.kind}"`);
    problems.push(...checkCountries([p.country], where));
    if (p.kind === 'capital') {
      if (!p.capitalOf) problems.push(`${where}: a capital needs capitalOf`);
      else problems.push(...checkCountries([p.capitalOf], where));
    } else if (p.capitalOf !== undefined) {
      problems.push(`${where}: only a capital has capitalOf`);
    }
    if (!p.name?.trim()) problems.push(`${where}: name is missing`);
    for (const [field, names] of [
      ['names', p.names],
      ['native', p.native],
    ] as const) {
      for (const [key, value] of Object.entries(names ?? {})) {
        if (!NAME_KEYS.includes(key)) problems.push(`${where}: ${field} key "${key}" unknown`);
        if (!value?.trim()) problems.push(`${where}: ${field}.${key} is empty`);
      }
    }
  }
  return problems;
}

/**
 * Dates are real ISO days within [FIRST_DAY, verifiedThrough]; month- and year-precise dates
 * fall on the first of their month or year; `endDate` (exclusive) is after `date` and at most
 * the day after verifiedThrough.
 */
export function checkEventDates(
  events: readonly EventProperties[],
  verifiedThrough: string,
): string[] {
  const problems: string[] = [];
  const first = toDay(FIRST_DAY);
  const last = toDay(verifiedThrough);
  for (const e of events) {
    const where = `event "${e.id}"`;
    const date = parseIsoDate(e.date ?? '');
    if (!date) {
      problems.push(`${where}: date "${e.date}" is not a valid ISO day`);
      continue;
    }
    const day = toDay(e.date);
    if (day < first || day > last) {
      problems.push(`${where}: date ${e.date} outside ${FIRST_DAY} .. ${verifiedThrough}`);
    }
    if (e.datePrecision === 'month' && date.day !== 1) {
      problems.push(`${where}: a month-precise date must be the first of the month`);
    }
    if (e.datePrecision === 'year' && (date.day !== 1 || date.month !== 1)) {
      problems.push(`${where}: a year-precise date must be 1 January`);
    }
    if (!['day', 'month', 'year'].includes(e.datePrecision)) {
      problems.push(`${where}: unknown datePrecision "${e.datePrecision}"`);
    }
    if (e.endDate !== undefined) {
      if (!parseIsoDate(e.endDate)) {
        problems.push(`${where}: endDate "${e.endDate}" invalid`);
        continue;
      }
      const end = toDay(e.endDate);
      if (end <= day) problems.push(`${where}: endDate must be after date (it is exclusive)`);
      else if (end > toDay(addDays(verifiedThrough, 1))) {
        problems.push(`${where}: endDate ${e.endDate} after ${verifiedThrough}`);
      }
    }
  }
  return problems;
}

/**
 * `place` and every place in `concerns.places` exist; countries are known; zones are slugs and,
 * when the control zone ids are given, among them.
 */
export function checkEventRefs(
  events: readonly EventProperties[],
  placeIds: ReadonlySet<string>,
  zoneIds?: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const e of events) {
    const where = `event "${e.id}"`;
    if (!placeIds.has(e.place)) problems.push(`${where}: unknown place "${e.place}"`);
    for (const p of e.concerns?.places ?? []) {
      if (!placeIds.has(p)) problems.push(`${where}: concerns unknown place "${p}"`);
    }
    problems.push(...checkCountries(e.concerns?.countries ?? [], where));
    for (const z of e.concerns?.zones ?? []) {
      if (!SLUG.test(z)) problems.push(`${where}: zone id "${z}" is not a slug`);
      else if (zoneIds && !zoneIds.has(z)) problems.push(`${where}: unknown control zone "${z}"`);
    }
  }
  return problems;
}

/** Kind, confidence and texts are present and valid. */
export function checkEventFields(events: readonly EventProperties[]): string[] {
  const problems: string[] = [];
  for (const e of events) {
    const where = `event "${e.id}"`;
    if (!EVENT_KINDS.includes(e.kind)) problems.push(`${where}: unknown kind "${e.kind}"`);
    if (!CONFIDENCES.includes(e.confidence)) {
      problems.push(`${where}: unknown confidence "${e.confidence}"`);
    }
    if (!e.title?.trim() || !e.summary?.trim()) problems.push(`${where}: title or summary missing`);
    if (!e.concerns || !Array.isArray(e.concerns.countries) || e.concerns.countries.length === 0) {
      problems.push(`${where}: concerns.countries must name at least one country`);
    }
    for (const r of e.readings ?? []) {
      if (!r.text?.trim()) problems.push(`${where}: a reading has no text`);
    }
    // `key` is a curated yes/no (criterion in README.md); anything else is a typo to catch.
    const key: unknown = (e as { key?: unknown }).key;
    if (key !== undefined && typeof key !== 'boolean') {
      problems.push(`${where}: key must be true or false, not ${JSON.stringify(key)}`);
    }
    if (e.readings !== undefined && e.readings.length < 2) {
      problems.push(`${where}: readings show disagreement, so there must be at least two`);
    }
  }
  return problems;
}

/** Numeric feature ids derived from slugs do not collide. */
export function checkNumericIds(events: readonly EventProperties[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const e of events) {
    const n = numericEventId(e.id);
    const other = seen.get(n);
    if (other !== undefined) problems.push(`events "${other}" and "${e.id}": numeric id collision`);
    seen.set(n, e.id);
  }
  return problems;
}

/** Every rule on the places, all problems at once. */
export function validatePlaces(
  places: readonly Place[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  if (!Array.isArray(places)) return ['geo/places/places.json: expected an array'];
  return [
    ...checkUniqueIds(places, 'place'),
    ...checkPlaceFields(places),
    ...checkCoordinates(places),
    ...checkSourcesResolve(places, sources, 'place'),
  ];
}

/**
 * Every rule on the events, all problems at once. With the control timelines, also the link
 * between events and control data both ways (control-links.ts).
 */
export function validateEvents(
  events: readonly EventProperties[],
  places: readonly Place[],
  sources: ReadonlyMap<string, Source>,
  verifiedThrough: string,
  zoneIds?: ReadonlySet<string>,
  timelines?: ControlTimelines,
): string[] {
  if (!Array.isArray(events)) return ['geo/events/events.json: expected an array'];
  return [
    ...checkUniqueIds(events, 'event'),
    ...checkEventFields(events),
    ...checkEventDates(events, verifiedThrough),
    ...checkEventRefs(events, new Set(places.map((p) => p.id)), zoneIds),
    ...checkSourcesResolve(events, sources, 'event'),
    ...checkNumericIds(events),
    ...(timelines
      ? [...checkControlChanges(events, timelines), ...checkChangesHaveEvents(events, timelines)]
      : []),
  ];
}
