/**
 * How the panel words names, days, periods, areas and positions, from the labels of
 * src/lib/domain/labels.ts and the indexed data. Pure text, no sourcing.
 */
import type { AtlasIndex, IndexedPiece } from '../domain/atlas-index';
import type { EventProperties } from '../domain/events';
import {
  NAME_LANGUAGES,
  SCRIPT_LABELS,
  STATE_NAMES,
  USAGE_LABELS,
  isZonedState,
} from '../domain/labels';
import { hasAzerbaijaniSpelling, placeName } from '../domain/places';
import type { CountryCode, NamingConvention, OtherNames } from '../domain/types';
import { type DatePrecision, type DayNumber, formatDay } from '../time/days';
import type { DayInterval } from '../time/interval';
import type { NameVariant, SelectionLink } from './types';

/**
 * The other names of a named thing: the other conventions' Latin spellings and the names in
 * their own scripts, without repeating the title or each other.
 */
export function otherNames(
  thing: { name: string; names: OtherNames; native: OtherNames; kind?: unknown },
  convention: NamingConvention,
): NameVariant[] {
  const seen = new Set([placeName(thing, convention)]);
  const result: NameVariant[] = [];
  const add = (variant: NameVariant) => {
    if (seen.has(variant.name)) return;
    seen.add(variant.name);
    result.push(variant);
  };
  add({ usage: USAGE_LABELS.intl, name: thing.name, lang: 'en' });
  // A place's Azerbaijani usage is its Azerbaijani spelling (see placeName); the English
  // spelling Azerbaijani sources use, if any, follows it, labelled as such.
  const english = hasAzerbaijaniSpelling(thing);
  if (english) add({ usage: USAGE_LABELS.az, name: thing.native.az!, lang: 'az' });
  for (const key of NAME_LANGUAGES) {
    const latin = thing.names[key];
    if (!latin) continue;
    const usage = key === 'az' && english ? `${USAGE_LABELS.az} in English` : USAGE_LABELS[key];
    add({ usage, name: latin, lang: `${key}-Latn` });
  }
  for (const key of NAME_LANGUAGES) {
    const native = thing.native[key];
    if (native) add({ usage: SCRIPT_LABELS[key], name: native, lang: key });
  }
  return result;
}

/** BCP 47 tag of a title in a convention: the conventions' names are in Latin script. */
export function titleLang(convention: NamingConvention): string {
  return convention === 'intl' ? 'en' : `${convention}-Latn`;
}

/** A country's name on the base map, else in the relations data, else its code. */
export function countryName(index: AtlasIndex, iso: CountryCode): string {
  return index.countries.get(iso)?.name ?? index.relations.countries.get(iso)?.name ?? iso;
}

/** The name of a zoned state after independence ("Azerbaijan"), else the country's name. */
export function stateName(index: AtlasIndex, iso: CountryCode): string {
  return isZonedState(iso) ? STATE_NAMES[iso].state : countryName(index, iso);
}

export function zoneLink(piece: IndexedPiece, convention: NamingConvention): SelectionLink {
  return { selection: { kind: 'zone', id: piece.piece }, label: placeName(piece, convention) };
}

/**
 * "12 May 1994 – 9 November 2020", or "since 20 September 2023" for an open period; a period
 * ending on an announced change names the announcement: "23 August 1993 – 18 October 2020
 * (change announced 19 October 2020)".
 */
export function periodLabel(
  days: DayInterval,
  precision: { from: DatePrecision; to: DatePrecision | null } = { from: 'day', to: 'day' },
): string {
  const start = formatDay(days.from, precision.from);
  if (days.to === null) return `since ${start}`;
  if (precision.to === 'announced')
    return `${start} – ${formatDay(days.to - 1)} (change announced ${formatDay(days.to)})`;
  return `${start} – ${formatDay(days.to - 1, precision.to ?? 'day')}`;
}

/** "5 January 1991 – 24 June 1992" for an event with an (exclusive) end date. */
export function eventDateLabel(
  event: Pick<EventProperties, 'datePrecision' | 'endDate'>,
  days: DayInterval,
): string {
  const start = formatDay(days.from, event.datePrecision);
  if (!event.endDate || days.to === null || days.to - 1 === days.from) return start;
  return `${start} – ${formatDay(days.to - 1)}`;
}

/** "about 1,234 km²" */
export function areaLabel(km2: number): string {
  const rounded = km2 >= 100 ? Math.round(km2 / 10) * 10 : Math.round(km2);
  return `about ${rounded.toLocaleString('en-GB')} km²`;
}

/** "39.758° N, 46.748° E"; "38.895° N, 77.037° W". */
export function coordinates(lat: number, lon: number): string {
  const ns = lat < 0 ? 'S' : 'N';
  const ew = lon < 0 ? 'W' : 'E';
  return `${Math.abs(lat).toFixed(3)}° ${ns}, ${Math.abs(lon).toFixed(3)}° ${ew}`;
}

/** Where `day` lies on a history bar of the covered days, as a fraction 0..1 (clamped). */
export function barPosition(day: DayNumber, covered: AtlasIndex['covered']): number {
  const span = Math.max(1, covered.last + 1 - covered.first);
  return Math.min(1, Math.max(0, (day - covered.first) / span));
}

/** A segment of a bar: where an interval starts and ends on it (an open end runs to the end). */
export function barSpan(
  days: DayInterval,
  covered: AtlasIndex['covered'],
): { start: number; end: number } {
  return {
    start: barPosition(days.from, covered),
    end: days.to === null ? 1 : barPosition(days.to, covered),
  };
}
