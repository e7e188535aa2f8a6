/**
 * What the details panel says about a selection on a day: a plain object built by pure
 * functions from the loaded data, so the panel only renders and every claim can be tested.
 *
 * Rule of the panel: every statement carries the ids of the sources it rests on, and a statement
 * without sources is never produced (see `statement`). Wording is neutral ("held by", "came
 * under the control of"); loaded words appear only inside quoted, attributed data text.
 *
 * Dates are ISO days; periods are half-open: `from` inclusive, `to` exclusive, `to: null` for
 * "still so" (see src/lib/time/days.ts). Nothing here reads the clock.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type DatePrecision, type IsoDate, addDays, formatDate, toDay } from '../time/days';
import type { ControlPieceProperties, PieceState, TimelineEntry } from './control';
import { controllerLabel } from './controllers';
import {
  NAME_LANGUAGES,
  PLACE_KIND_LABELS,
  SCRIPT_LABELS,
  STATE_NAMES,
  STATUS_TEXT,
  USAGE_LABELS,
  followedStates,
} from './labels';
import type { EventProperties } from './events';
import { type Place, placeName } from './places';
import {
  type RelationPeriod,
  type RelationStatus,
  type RelationsData,
  historyOfPair,
  isRelationPeriod,
  relationOn,
} from './relations';
import type {
  Confidence,
  ControlPeriodProperties,
  Controller,
  CountryCode,
  NamingConvention,
  OtherNames,
} from './types';

export type { PieceState };

/** What can be selected; the same shape as the URL's `select=kind:id`. */
export interface DetailsSelection {
  kind: 'country' | 'zone' | 'place' | 'event';
  id: string;
}

/** A timeline entry of a control piece (half-open period), as in control-pieces.geojson. */
export type PieceTimelineEntry = TimelineEntry;

/** Properties of one control piece: a zone, or the rest of a state (`rest-AZ`, ...). */
export type PieceProperties = ControlPieceProperties;

/** A feature of control-pieces.geojson, with its geometry (needed to locate places). */
export type PieceFeature = Feature<Polygon | MultiPolygon, PieceProperties>;

/** A country of the base map; with `geometry` its area is computed, or give `areaKm2`. */
export interface CountryInfo {
  iso: CountryCode;
  name: string;
  geometry?: Polygon | MultiPolygon;
  areaKm2?: number;
}

/** Everything the details are built from (what the app has loaded). */
export interface DetailsData {
  pieces: readonly PieceFeature[];
  places: readonly Place[];
  events: readonly EventProperties[];
  countries: readonly CountryInfo[];
  relations: RelationsData | null;
  /** control.geojson periods, looked up by `PieceTimelineEntry.period` for notes and precision. */
  controlPeriods?: readonly ControlPeriodProperties[];
  /** Sources for "internationally recognised as part of <state>"; default RECOGNITION_SOURCES. */
  recognitionSources?: Partial<Record<PieceState, string[]>>;
  /**
   * Sources of the outlines areas are computed from: `countries` for the base map, `pieces`
   * for the control zones (both default to `natural-earth`, the borders the outlines are clipped
   * to); an empty list leaves the area out.
   */
  geometrySources?: { countries?: string[]; pieces?: string[] };
}

export interface DetailsOptions {
  /** The date on the slider. */
  day: IsoDate;
  convention: NamingConvention;
  /** The focus country of the relations layer, if any. */
  focus?: CountryCode | null;
  /** The covered range, for placing history segments on a bar (fractions 0..1). */
  range: { first: IsoDate; last: IsoDate };
}

/** One sentence of the panel and the sources it rests on (never empty). */
export interface Statement {
  text: string;
  sources: string[];
  confidence?: Confidence;
}

/** A name in another convention or script. */
export interface NameVariant {
  /** What usage this is: "International", "Armenian usage", ... */
  usage: string;
  name: string;
  /** BCP 47 language tag of `name`, for screen readers and font choice. */
  lang: string;
}

/** A link to another selection, with its label in the chosen convention. */
export interface SelectionLink {
  selection: DetailsSelection;
  label: string;
}

/** Who held the selection on the day, and since when (start of the unbroken run). */
export interface ControlNow {
  controller: Controller;
  label: string;
  since: IsoDate;
  /** "since 8 May 1992", or "since at least 1 January 1988 (start of the atlas)". */
  sinceLabel: string;
  statement: Statement;
}

/** One segment of the control history, placed on a bar: `start`/`end` are fractions 0..1. */
export interface HistorySegment {
  from: IsoDate;
  to: IsoDate | null;
  controller: Controller;
  label: string;
  /** "1 Jan 1988 – 9 Nov 2020". */
  period: string;
  start: number;
  end: number;
  current: boolean;
  statement: Statement;
}

export interface EventLink {
  id: string;
  date: IsoDate;
  dateLabel: string;
  title: string;
  sources: string[];
}

/** The parts of a state held by another controller on the day. */
export interface HeldPart {
  controller: Controller;
  label: string;
  pieces: SelectionLink[];
  areaKm2: number;
  statement: Statement;
}

/** One period of the relation between a country and the focus country. */
export interface RelationSegment {
  status: RelationStatus;
  period: string;
  from: IsoDate;
  to: IsoDate | null;
  /** Position on the covered range, fractions 0..1 (clamped: some pairs start before 1988). */
  start: number;
  end: number;
  current: boolean;
  statement: Statement;
}

export interface RelationHistory {
  focus: CountryCode;
  focusName: string;
  /** What held on the day, or null before a record exists. */
  now: Statement | null;
  segments: RelationSegment[];
}

export interface EventDetails {
  dateLabel: string;
  date: IsoDate;
  place: SelectionLink | null;
  summary: Statement;
  readings: Statement[];
  concerns: SelectionLink[];
}

/** What the panel shows. Sections that do not apply are empty or null. */
export interface Details {
  selection: DetailsSelection;
  /** The day the details are for, and as text ("1 June 2019"). */
  day: IsoDate;
  dayLabel: string;
  /** Where the day lies on the history bars (fraction 0..1 of the covered range). */
  dayPosition: number;
  /** The covered range as years, for the ends of the history bars. */
  rangeLabels: { first: string; last: string };
  /** "Zone", "Town", "Country", "Event", ... */
  kindLabel: string;
  title: string;
  /** BCP 47 tag of the title. */
  titleLang: string;
  /** The other conventions' names and the names in their own scripts (distinct from title). */
  names: NameVariant[];
  /** For a place: the control zone it lies in (located on the zones' outlines). */
  within: SelectionLink | null;
  control: ControlNow | null;
  /** Recognised status, area, where a place lies, parts held by others, ... */
  facts: Statement[];
  heldByOthers: HeldPart[];
  history: HistorySegment[];
  events: EventLink[];
  relation: RelationHistory | null;
  event: EventDetails | null;
}

/**
 * Sources that say the areas lie, as recognised internationally, in their state: the seed
 * encyclopedia article and report for Karabakh (Azerbaijan) and for the areas taken in Armenia
 * since 2021, and an article on the recognition of Abkhazia and South Ossetia (Georgia).
 */
export const RECOGNITION_SOURCES: Record<PieceState, string[]> = {
  AZ: ['seed-000', 'seed-004'],
  AM: ['seed-000'],
  GE: ['recognition-abkhazia-south-ossetia', 'ev-worddisk-recognition'],
};

/** A statement, or null when nothing supports it: callers drop nulls, so none stands unsourced. */
export function statement(
  text: string,
  sources: readonly string[],
  confidence?: Confidence,
): Statement | null {
  const ids = [...new Set(sources.filter((s) => s.length > 0))];
  if (ids.length === 0 || text.trim() === '') return null;
  return confidence ? { text, sources: ids, confidence } : { text, sources: ids };
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/**
 * The other names of a named thing: the other conventions' Latin spellings and the names in
 * their own scripts, without repeating the title or each other.
 */
export function otherNames(
  thing: { name: string; names: OtherNames; native: OtherNames },
  convention: NamingConvention,
): NameVariant[] {
  const title = placeName(thing, convention);
  const seen = new Set([title]);
  const result: NameVariant[] = [];
  const add = (variant: NameVariant) => {
    if (seen.has(variant.name)) return;
    seen.add(variant.name);
    result.push(variant);
  };
  add({ usage: USAGE_LABELS.intl, name: thing.name, lang: 'en' });
  for (const key of NAME_LANGUAGES) {
    const latin = thing.names[key];
    if (latin) add({ usage: USAGE_LABELS[key], name: latin, lang: `${key}-Latn` });
  }
  for (const key of NAME_LANGUAGES) {
    const native = thing.native[key];
    if (native) add({ usage: SCRIPT_LABELS[key], name: native, lang: key });
  }
  return result;
}

/** "12 May 1994 – 9 Nov 2020", or "since 20 Sep 2023" for an open period. */
export function periodLabel(
  from: IsoDate,
  to: IsoDate | null,
  precision: { from: DatePrecision; to: DatePrecision | null } = { from: 'day', to: 'day' },
): string {
  const start = formatDate(from, precision.from);
  if (to === null) return `since ${start}`;
  return `${start} – ${formatDate(addDays(to, -1), precision.to ?? 'day')}`;
}

function inPeriod(day: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  const d = toDay(day);
  return d >= toDay(from) && (to === null || d < toDay(to));
}

/** The timeline entry holding on `day`, or undefined outside the timeline. */
export function entryAt(
  timeline: readonly PieceTimelineEntry[],
  day: IsoDate,
): PieceTimelineEntry | undefined {
  return timeline.find((e) => inPeriod(day, e.from, e.to));
}

/** The control piece containing a point (first match; pieces never overlap). */
export function pieceAt(
  pieces: readonly PieceFeature[],
  lon: number,
  lat: number,
): PieceFeature | undefined {
  return pieces.find((p) => booleanPointInPolygon([lon, lat], p));
}

function fraction(day: IsoDate, range: DetailsOptions['range']): number {
  const first = toDay(range.first);
  const span = Math.max(1, toDay(range.last) + 1 - first);
  return Math.min(1, Math.max(0, (toDay(day) - first) / span));
}

function precisionOf(
  entry: PieceTimelineEntry,
  data: DetailsData,
): { from: DatePrecision; to: DatePrecision | null } {
  const period = entry.period ? data.controlPeriods?.find((p) => p.id === entry.period) : undefined;
  return period?.datePrecision ?? { from: 'day', to: entry.to === null ? null : 'day' };
}

function noteOf(entry: PieceTimelineEntry, data: DetailsData): string | undefined {
  if (!entry.period) return undefined;
  return data.controlPeriods?.find((p) => p.id === entry.period)?.note;
}

/** Who held the piece on `day`, and since when: the start of the unbroken run of that holder. */
function controlNow(
  timeline: readonly PieceTimelineEntry[],
  day: IsoDate,
  subject: string,
  data: DetailsData,
): ControlNow | null {
  const index = timeline.findIndex((e) => inPeriod(day, e.from, e.to));
  const entry = timeline[index];
  // The claim is about this period: without its own sources there is nothing to say.
  if (!entry || entry.sources.length === 0) return null;
  let start = index;
  while (start > 0 && timeline[start - 1]!.controller === entry.controller) start--;
  const since = timeline[start]!.from;
  const sinceText = formatDate(since, precisionOf(timeline[start]!, data).from);
  const label = controllerLabel(entry.controller, day);
  const sources = timeline.slice(start, index + 1).flatMap((e) => e.sources);
  const text =
    start === 0 && index === 0
      ? `On this day ${subject} was held by ${label}, as it was from the start of the atlas (${sinceText}).`
      : `On this day ${subject} was held by ${label}, without interruption since ${sinceText}.`;
  const s = statement(text, sources, entry.confidence);
  const sinceLabel =
    start === 0 ? `since at least ${sinceText} (start of the atlas)` : `since ${sinceText}`;
  return s ? { controller: entry.controller, label, since, sinceLabel, statement: s } : null;
}

function historyOf(
  timeline: readonly PieceTimelineEntry[],
  data: DetailsData,
  options: DetailsOptions,
): HistorySegment[] {
  return timeline
    .map((entry): HistorySegment | null => {
      // A period across independence names both: "Azerbaijan SSR, then Azerbaijan".
      const first = controllerLabel(entry.controller, entry.from);
      const last = controllerLabel(
        entry.controller,
        entry.to ? addDays(entry.to, -1) : options.day,
      );
      const label = first === last ? first : `${first}, then ${last}`;
      const period = periodLabel(entry.from, entry.to, precisionOf(entry, data));
      const note = noteOf(entry, data);
      const s = statement(
        `Held by ${label}, ${period}.${note ? ` ${note}` : ''}`,
        entry.sources,
        entry.confidence,
      );
      if (!s) return null;
      return {
        from: entry.from,
        to: entry.to,
        controller: entry.controller,
        label,
        period,
        start: fraction(entry.from, options.range),
        end: entry.to === null ? 1 : fraction(entry.to, options.range),
        current: inPeriod(options.day, entry.from, entry.to),
        statement: s,
      };
    })
    .filter(present);
}

function eventLinks(events: readonly EventProperties[]): EventLink[] {
  return [...events]
    .filter((e) => e.sources.length > 0)
    .sort((a, b) => toDay(a.date) - toDay(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      id: e.id,
      date: e.date,
      dateLabel: formatDate(e.date, e.datePrecision),
      title: e.title,
      sources: [...e.sources],
    }));
}

/** "about 1,234 km²" */
export function areaLabel(km2: number): string {
  const rounded = km2 >= 100 ? Math.round(km2 / 10) * 10 : Math.round(km2);
  return `about ${rounded.toLocaleString('en-GB')} km²`;
}

function recognitionStatement(
  state: PieceState,
  subject: string,
  data: DetailsData,
): Statement | null {
  const sources = data.recognitionSources?.[state] ?? RECOGNITION_SOURCES[state];
  return statement(
    `${subject} is internationally recognised as part of ${STATE_NAMES[state].state}.`,
    sources,
  );
}

/** "39.758° N, 46.748° E"; "38.895° N, 77.037° W". */
export function coordinates(lat: number, lon: number): string {
  const ns = lat < 0 ? 'S' : 'N';
  const ew = lon < 0 ? 'W' : 'E';
  return `${Math.abs(lat).toFixed(3)}° ${ns}, ${Math.abs(lon).toFixed(3)}° ${ew}`;
}

function pieceLabel(piece: PieceFeature, convention: NamingConvention): string {
  return placeName(piece.properties, convention);
}

function countryName(data: DetailsData, iso: CountryCode): string {
  return (
    data.countries.find((c) => c.iso === iso)?.name ??
    data.relations?.countries.find((c) => c.code === iso)?.name ??
    iso
  );
}

function zoneDetails(
  piece: PieceFeature,
  data: DetailsData,
  options: DetailsOptions,
): Omit<Details, Common> {
  const p = piece.properties;
  const title = placeName(p, options.convention);
  const facts = [
    recognitionStatement(p.state, title, data),
    statement(
      `Area: ${areaLabel(p.areaKm2)}, measured on the atlas's approximate outline of the zone (clipped to the base map's borders).`,
      data.geometrySources?.pieces ?? ['natural-earth'],
    ),
  ].filter(present);
  return {
    selection: { kind: 'zone', id: p.piece },
    kindLabel: p.piece.startsWith('rest-') ? 'Area outside the mapped zones' : 'Zone',
    title,
    titleLang: options.convention === 'intl' ? 'en' : `${options.convention}-Latn`,
    names: otherNames(p, options.convention),
    within: null,
    control: controlNow(p.timeline, options.day, title, data),
    facts,
    heldByOthers: [],
    history: historyOf(p.timeline, data, options),
    events: eventLinks(data.events.filter((e) => e.concerns.zones.includes(p.piece))),
    relation: null,
    event: null,
  };
}

function placeDetails(
  place: Place,
  data: DetailsData,
  options: DetailsOptions,
): Omit<Details, Common> {
  const title = placeName(place, options.convention);
  const piece = pieceAt(data.pieces, place.lon, place.lat);
  const country = countryName(data, place.country);
  const facts = [
    place.capitalOf
      ? statement(
          `${title} is the capital of ${countryName(data, place.capitalOf)}.`,
          place.sources,
        )
      : null,
    statement(`${title} lies at ${coordinates(place.lat, place.lon)}.`, place.sources),
    place.country in STATE_NAMES
      ? recognitionStatement(place.country as PieceState, title, data)
      : statement(`${title} lies in ${country}.`, place.sources),
    place.note ? statement(place.note, place.sources) : null,
  ].filter(present);
  const history = piece ? historyOf(piece.properties.timeline, data, options) : [];
  const related = data.events.filter(
    (e) =>
      e.place === place.id ||
      e.concerns.places.includes(place.id) ||
      (piece !== undefined && e.concerns.zones.includes(piece.properties.piece)),
  );
  return {
    selection: { kind: 'place', id: place.id },
    kindLabel: PLACE_KIND_LABELS[place.kind],
    title,
    titleLang: options.convention === 'intl' ? 'en' : `${options.convention}-Latn`,
    names: otherNames(place, options.convention),
    within: piece
      ? {
          selection: { kind: 'zone', id: piece.properties.piece },
          label: pieceLabel(piece, options.convention),
        }
      : null,
    control: piece ? controlNow(piece.properties.timeline, options.day, title, data) : null,
    facts,
    heldByOthers: [],
    history,
    events: eventLinks(related),
    relation: null,
    event: null,
  };
}

/** Areas by geometry: the panel is rebuilt on every date change while the slider moves. */
const areaCache = new WeakMap<Polygon | MultiPolygon, number>();

function countryArea(country: CountryInfo): number | null {
  if (country.areaKm2 !== undefined) return country.areaKm2;
  if (!country.geometry) return null;
  let km2 = areaCache.get(country.geometry);
  if (km2 === undefined) {
    km2 = area({ type: 'Feature', properties: {}, geometry: country.geometry }) / 1e6;
    areaCache.set(country.geometry, km2);
  }
  return km2;
}

/** The pieces of `iso` held by someone else on the day, grouped by holder. */
function heldByOthersOf(
  iso: PieceState,
  data: DetailsData,
  options: DetailsOptions,
  subject: string,
): HeldPart[] {
  const groups = new Map<Controller, { pieces: PieceFeature[]; entries: PieceTimelineEntry[] }>();
  for (const piece of data.pieces) {
    if (piece.properties.state !== iso) continue;
    const entry = entryAt(piece.properties.timeline, options.day);
    if (!entry || entry.controller === iso) continue;
    const group = groups.get(entry.controller) ?? { pieces: [], entries: [] };
    group.pieces.push(piece);
    group.entries.push(entry);
    groups.set(entry.controller, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([controller, group]): HeldPart | null => {
      const label = controllerLabel(controller, options.day);
      const km2 = group.pieces.reduce((sum, p) => sum + p.properties.areaKm2, 0);
      const pieces = group.pieces
        .map((p) => ({
          selection: { kind: 'zone' as const, id: p.properties.piece },
          label: pieceLabel(p, options.convention),
        }))
        .sort((a, b) => a.label.localeCompare(b.label));
      const s = statement(
        `${pieces.length === 1 ? 'One zone' : `${pieces.length} zones`} of ${subject} held by ${label} on this day, ${areaLabel(km2)} on the atlas's outlines (listed below).`,
        group.entries.flatMap((e) => e.sources),
      );
      return s ? { controller, label, pieces, areaKm2: km2, statement: s } : null;
    })
    .filter(present);
}

/** `names.a` is the selected country, `names.b` the focus country. */
function relationText(
  period: RelationPeriod,
  names: { a: string; b: string },
  focusIso: CountryCode,
): string {
  if (period.status === 'non-recognition') {
    const refuser = period.notRecognisedBy === focusIso ? names.b : names.a;
    const refused = period.notRecognisedBy === focusIso ? names.a : names.b;
    return `${refuser} did not recognise ${refused}.`;
  }
  return `${names.a} and ${names.b}: ${STATUS_TEXT[period.status]}.`;
}

function relationHistory(
  iso: CountryCode,
  data: DetailsData,
  options: DetailsOptions,
): RelationHistory | null {
  const focus = options.focus;
  if (!focus || focus === iso || !data.relations) return null;
  const relations = data.relations;
  const followedCodes = followedStates(relations).map((c) => c.code);
  const known = (code: CountryCode) => followedCodes.includes(code);
  const followed = known(focus) && known(iso);
  const names = { a: countryName(data, iso), b: countryName(data, focus) };
  const segments = (followed ? historyOfPair(relations, iso, focus) : [])
    .map((r): RelationSegment | null => {
      const period = periodLabel(r.from, r.to, { from: r.datePrecision, to: 'day' });
      const base = relationText(r, names, focus);
      const s = statement(
        `${period.charAt(0).toUpperCase()}${period.slice(1)}: ${base}${r.note ? ` ${r.note}` : ''}`,
        r.sources,
        r.confidence,
      );
      if (!s) return null;
      return {
        status: r.status,
        period,
        from: r.from,
        to: r.to,
        start: fraction(r.from, options.range),
        end: r.to === null ? 1 : fraction(r.to, options.range),
        current: inPeriod(options.day, r.from, r.to),
        statement: s,
      };
    })
    .filter(present);
  const lookup = followed
    ? relationOn(relations, iso, focus, toDay(options.day))
    : ({ kind: 'no-data' } as const);
  let now: Statement | null = null;
  if (isRelationPeriod(lookup)) {
    now = statement(
      `On this day: ${relationText(lookup, names, focus)}`,
      lookup.sources,
      lookup.confidence,
    );
  } else if (lookup.kind === 'not-independent') {
    const record = [iso, focus]
      .map((code) => relations.countries.find((c) => c.code === code)!)
      .find((c) => c.independence !== null && toDay(options.day) < toDay(c.independence));
    if (record) {
      now = statement(
        `On this day ${record.name} was not yet independent (independent from ${formatDate(record.independence!)}).`,
        record.sources,
      );
    }
  }
  if (!now && (isRelationPeriod(lookup) || lookup.kind !== 'not-independent'))
    now = recognitionByRule(iso, focus, data, options);
  if (!now && segments.length === 0) return null;
  return { focus, focusName: names.b, now, segments };
}

/**
 * What a world-level recognition rule says about the pair on the day (for states whose
 * bilateral relations the atlas does not follow), or null.
 */
function recognitionByRule(
  iso: CountryCode,
  focus: CountryCode,
  data: DetailsData,
  options: DetailsOptions,
): Statement | null {
  for (const [subject, other] of [
    [focus, iso],
    [iso, focus],
  ] as const) {
    const rule = data.relations?.rules.find(
      (r) =>
        r.subject === subject && r.appliesTo.includes(other) && inPeriod(options.day, r.from, r.to),
    );
    if (!rule) continue;
    const verb = rule.except.includes(other) ? 'did not recognise' : 'recognised';
    return statement(
      `On this day ${countryName(data, other)} ${verb} ${countryName(data, subject)} (diplomatic relations between the two are not followed in this atlas).`,
      rule.sources,
      rule.confidence,
    );
  }
  return null;
}

function countryDetails(
  country: CountryInfo,
  data: DetailsData,
  options: DetailsOptions,
): Omit<Details, Common> {
  const iso = country.iso;
  const record = data.relations?.countries.find((c) => c.code === iso);
  const isState = iso in STATE_NAMES;
  const title = isState
    ? controllerLabel(iso as PieceState, options.day) === STATE_NAMES[iso as PieceState].state
      ? country.name
      : `${country.name} (${controllerLabel(iso as PieceState, options.day)})`
    : country.name;
  const facts: (Statement | null)[] = [];
  if (record?.independence) {
    const independent = toDay(options.day) >= toDay(record.independence);
    facts.push(
      statement(
        independent
          ? `Independent state since ${formatDate(record.independence)}.`
          : `Not yet independent on this day; independent from ${formatDate(record.independence)}.`,
        record.sources,
      ),
    );
  }
  for (const rule of data.relations?.rules ?? []) {
    if (rule.subject !== iso || !inPeriod(options.day, rule.from, rule.to)) continue;
    const except = rule.except.map((c) => countryName(data, c));
    facts.push(
      statement(
        except.length === 0
          ? `Recognised by every UN member state on this day.`
          : `Recognised by every UN member state except ${except.join(', ')} on this day.`,
        rule.sources,
        rule.confidence,
      ),
    );
  }
  const km2 = countryArea(country);
  if (km2 !== null) {
    facts.push(
      statement(
        `Area: ${areaLabel(km2)}, measured on the base map's outline (borders as held de facto).`,
        data.geometrySources?.countries ?? ['natural-earth'],
      ),
    );
  }
  const heldByOthers = isState
    ? heldByOthersOf(iso as PieceState, data, options, country.name)
    : [];
  return {
    selection: { kind: 'country', id: iso },
    kindLabel: 'Country',
    title,
    titleLang: 'en',
    // Country names come from the base map only; no endonyms without a source to cite.
    names: [],
    within: null,
    // A state's own land is not a claim worth a line; what others held is (heldByOthers).
    control: null,
    facts: facts.filter(present),
    heldByOthers,
    history: [],
    events: eventLinks(data.events.filter((e) => e.concerns.countries.includes(iso))),
    relation: relationHistory(iso, data, options),
    event: null,
  };
}

/** "5 January 1991 – 24 June 1992" for an event with an (exclusive) end date. */
export function eventDateLabel(
  event: Pick<EventProperties, 'date' | 'datePrecision' | 'endDate'>,
): string {
  const start = formatDate(event.date, event.datePrecision);
  if (!event.endDate) return start;
  const last = addDays(event.endDate, -1);
  return last === event.date ? start : `${start} – ${formatDate(last)}`;
}

function eventDetails(
  event: EventProperties,
  data: DetailsData,
  options: DetailsOptions,
): Omit<Details, Common> | null {
  const summary = statement(event.summary, event.sources, event.confidence);
  if (!summary) return null;
  const placeOf = (id: string) => data.places.find((p) => p.id === id);
  const where = placeOf(event.place);
  const linkToPlace = (p: Place): SelectionLink => ({
    selection: { kind: 'place', id: p.id },
    label: placeName(p, options.convention),
  });
  const concerns: SelectionLink[] = [
    ...event.concerns.countries.map((iso) => ({
      selection: { kind: 'country' as const, id: iso },
      label: countryName(data, iso),
    })),
    ...event.concerns.zones.flatMap((zone) => {
      const piece = data.pieces.find((p) => p.properties.piece === zone);
      return piece
        ? [
            {
              selection: { kind: 'zone' as const, id: zone },
              label: pieceLabel(piece, options.convention),
            },
          ]
        : [];
    }),
    ...event.concerns.places.flatMap((id) => {
      const p = placeOf(id);
      return p ? [linkToPlace(p)] : [];
    }),
  ];
  return {
    selection: { kind: 'event', id: event.id },
    kindLabel: 'Event',
    title: event.title,
    titleLang: 'en',
    names: [],
    within: null,
    control: null,
    facts: [],
    heldByOthers: [],
    history: [],
    events: [],
    relation: null,
    event: {
      date: event.date,
      dateLabel: eventDateLabel(event),
      place: where ? linkToPlace(where) : null,
      summary,
      readings: (event.readings ?? []).map((r) => statement(r.text, r.sources)).filter(present),
      concerns,
    },
  };
}

type Common = 'day' | 'dayLabel' | 'dayPosition' | 'rangeLabels';

/**
 * The details of a selection on a day, or null when the id is unknown (a stale link): the
 * caller then closes the panel and says so.
 */
export function detailsOf(
  selection: DetailsSelection,
  data: DetailsData,
  options: DetailsOptions,
): Details | null {
  const specific = specificDetails(selection, data, options);
  if (!specific) return null;
  return {
    ...specific,
    day: options.day,
    dayLabel: formatDate(options.day),
    dayPosition: fraction(options.day, options.range),
    rangeLabels: { first: options.range.first.slice(0, 4), last: options.range.last.slice(0, 4) },
  };
}

function specificDetails(
  selection: DetailsSelection,
  data: DetailsData,
  options: DetailsOptions,
): Omit<Details, Common> | null {
  switch (selection.kind) {
    case 'zone': {
      const piece = data.pieces.find((p) => p.properties.piece === selection.id);
      return piece ? zoneDetails(piece, data, options) : null;
    }
    case 'place': {
      const place = data.places.find((p) => p.id === selection.id);
      return place ? placeDetails(place, data, options) : null;
    }
    case 'country': {
      const country = data.countries.find((c) => c.iso === selection.id);
      return country ? countryDetails(country, data, options) : null;
    }
    case 'event': {
      const event = data.events.find((e) => e.id === selection.id);
      return event ? eventDetails(event, data, options) : null;
    }
  }
}

/**
 * Every source id the details cite, in the order they first appear in the panel, for the
 * numbered bibliography.
 */
export function citedSources(details: Details): string[] {
  const order: string[] = [];
  const add = (ids: readonly string[]) => {
    for (const id of ids) if (!order.includes(id)) order.push(id);
  };
  if (details.event) {
    add(details.event.summary.sources);
    details.event.readings.forEach((r) => add(r.sources));
  }
  if (details.control) add(details.control.statement.sources);
  details.facts.forEach((f) => add(f.sources));
  details.heldByOthers.forEach((h) => add(h.statement.sources));
  details.history.forEach((h) => add(h.statement.sources));
  if (details.relation) {
    if (details.relation.now) add(details.relation.now.sources);
    details.relation.segments.forEach((s) => add(s.statement.sources));
  }
  details.events.forEach((e) => add(e.sources));
  return order;
}
