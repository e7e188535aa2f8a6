/**
 * The loaded data arranged for the queries a date change or a click runs: every record by its
 * id, events by what they concern, and every period as a `DayInterval` of day numbers. Built
 * once at load, so no query parses an ISO date or scans a list to find a record by id.
 */
import { type DayNumber, type IsoDate, toDay } from '../time/days';
import { intervalOf } from '../time/interval';
import { type ControlPiece, type TimelineEntry, periodId } from './control';
import { type EventProperties, eventSpan } from './events';
import type { Place } from './places';
import { type Dated, type RelationsData, type RelationsIndex, relationsIndexOf } from './relations';
import type { ControlPeriodProperties, CountryCode, Source } from './types';

/** A control piece with the days of each entry of its timeline. */
export interface IndexedPiece extends ControlPiece {
  periods: readonly Dated<TimelineEntry>[];
}

/** A country of the base map. */
export interface BaseCountry {
  iso: CountryCode;
  name: string;
  /** Measured by the data build on the base map's outline; null when not published. */
  areaKm2: number | null;
}

/** Events filed under each country, zone and place they concern, in date order. */
export interface EventsByConcern {
  countries: ReadonlyMap<CountryCode, readonly Dated<EventProperties>[]>;
  zones: ReadonlyMap<string, readonly Dated<EventProperties>[]>;
  /** An event at a place concerns that place. */
  places: ReadonlyMap<string, readonly Dated<EventProperties>[]>;
}

export interface AtlasIndex {
  /** The days the atlas covers: from its first day through the day it is verified through. */
  covered: { first: DayNumber; last: DayNumber };
  /** By piece id (`shusha`, `rest-AZ`), in the data's order. */
  pieces: ReadonlyMap<string, IndexedPiece>;
  /** The pieces of each zoned state, in the data's order. */
  piecesOfState: ReadonlyMap<CountryCode, readonly IndexedPiece[]>;
  /** control.geojson periods by id, for their precision and notes. */
  controlPeriods: ReadonlyMap<string, ControlPeriodProperties>;
  places: ReadonlyMap<string, Place>;
  events: ReadonlyMap<string, Dated<EventProperties>>;
  eventsAbout: EventsByConcern;
  sources: ReadonlyMap<string, Source>;
  /** Base-map countries by ISO code (the first feature where Natural Earth has several). */
  countries: ReadonlyMap<CountryCode, BaseCountry>;
  relations: RelationsIndex;
  /**
   * Sources of the outlines areas are measured on: the base map for countries, the zones'
   * outlines (clipped to its borders) for pieces; an empty list leaves the area out.
   */
  geometrySources: { countries: readonly string[]; pieces: readonly string[] };
}

/** What the index is built from: the published files as loaded. */
/** The bibliography ids the app itself cites for the drawn geography (the data build counts them as cited). */
export const BASE_GEOGRAPHY_SOURCES: readonly string[] = ['natural-earth'];

export interface IndexInput {
  firstDay: IsoDate;
  verifiedThrough: IsoDate;
  pieces: readonly ControlPiece[];
  controlPeriods: readonly ControlPeriodProperties[];
  places: readonly Place[];
  events: readonly EventProperties[];
  relations: RelationsData;
  sources: Iterable<Source>;
  /** Base-map countries; features without an ISO code are skipped. */
  countries: readonly { iso: string; name: string; areaKm2?: number }[];
  /** Defaults to Natural Earth for both, the borders every outline is clipped to. */
  geometrySources?: Partial<AtlasIndex['geometrySources']>;
}

/** Appends `value` to the list under `key`. */
function file<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function eventsByConcern(events: readonly Dated<EventProperties>[]): EventsByConcern {
  const countries = new Map<CountryCode, Dated<EventProperties>[]>();
  const zones = new Map<string, Dated<EventProperties>[]>();
  const places = new Map<string, Dated<EventProperties>[]>();
  const ordered = [...events].sort((a, b) => a.days.from - b.days.from || a.id.localeCompare(b.id));
  for (const e of ordered) {
    for (const c of new Set(e.concerns.countries)) file(countries, c, e);
    for (const z of new Set(e.concerns.zones)) file(zones, z, e);
    for (const p of new Set([e.place, ...e.concerns.places])) file(places, p, e);
  }
  return { countries, zones, places };
}

export function buildAtlasIndex(input: IndexInput): AtlasIndex {
  const pieces = new Map<string, IndexedPiece>();
  const piecesOfState = new Map<CountryCode, IndexedPiece[]>();
  for (const p of input.pieces) {
    const indexed: IndexedPiece = {
      ...p,
      periods: p.timeline.map((e) => ({
        ...e,
        period: e.period ?? periodId(p.piece, e.from),
        days: intervalOf(e),
      })),
    };
    pieces.set(p.piece, indexed);
    file(piecesOfState, p.state, indexed);
  }
  const events = input.events.map((e) => ({ ...e, days: eventSpan(e) }));
  const countries = new Map<CountryCode, BaseCountry>();
  for (const c of input.countries) {
    if (c.iso && !countries.has(c.iso))
      countries.set(c.iso, { iso: c.iso, name: c.name, areaKm2: c.areaKm2 ?? null });
  }
  return {
    covered: { first: toDay(input.firstDay), last: toDay(input.verifiedThrough) },
    pieces,
    piecesOfState,
    controlPeriods: new Map(input.controlPeriods.map((p) => [p.id, p])),
    places: new Map(input.places.map((p) => [p.id, p])),
    events: new Map(events.map((e) => [e.id, e])),
    eventsAbout: eventsByConcern(events),
    sources: new Map([...input.sources].map((s) => [s.id, s])),
    countries,
    relations: relationsIndexOf(input.relations),
    geometrySources: {
      countries: input.geometrySources?.countries ?? BASE_GEOGRAPHY_SOURCES,
      pieces: input.geometrySources?.pieces ?? BASE_GEOGRAPHY_SOURCES,
    },
  };
}
