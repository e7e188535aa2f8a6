/** Details of an event, and the event lists of the other panels. */
import type { AtlasIndex } from '../domain/atlas-index';
import { type EventProperties, isKeyEvent } from '../domain/events';
import { type NameRewrite, nameRewrite } from '../domain/names';
import { type Place, placeName } from '../domain/places';
import type { Dated } from '../domain/relations';
import type { NamingConvention } from '../domain/types';
import { formatDay } from '../time/days';
import { present, statement } from './sourcing';
import type { DetailsOptions, EventLink, SelectionDetails, SelectionLink } from './types';
import { countryName, eventDateLabel, zoneLink } from './wording';

/**
 * The sourced events among `events`, in date order (the index keeps them so), their titles
 * with place names in the panel's convention.
 */
export function eventLinks(
  events: readonly Dated<EventProperties>[],
  rename: NameRewrite = (text) => text,
): EventLink[] {
  return events
    .filter((e) => e.sources.length > 0)
    .map((e) => ({
      id: e.id,
      date: e.date,
      dateLabel: formatDay(e.days.from, e.datePrecision),
      title: rename(e.title),
      sources: [...e.sources],
      key: isKeyEvent(e),
    }));
}

/** How many key events a panel names before its full list. */
export const KEY_EVENTS_SHOWN = 5;

/**
 * The most important of a panel's events, to name first: its key events, newest first, at most
 * `max` of them. The full list (date order) follows them in the panel.
 */
export function keyEventsFirst(
  links: readonly EventLink[],
  max: number = KEY_EVENTS_SHOWN,
): EventLink[] {
  return links
    .filter((e) => e.key)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, max);
}

export function placeLink(place: Place, convention: NamingConvention): SelectionLink {
  return { selection: { kind: 'place', id: place.id }, label: placeName(place, convention) };
}

export function eventDetails(
  event: Dated<EventProperties>,
  index: AtlasIndex,
  options: DetailsOptions,
): SelectionDetails | null {
  const rename = nameRewrite(index.places, options.convention);
  const summary = statement(rename(event.summary), event.sources, event.confidence);
  if (!summary) return null;
  const where = index.places.get(event.place);
  const concerns: SelectionLink[] = [
    ...event.concerns.countries.map((iso) => ({
      selection: { kind: 'country' as const, id: iso },
      label: countryName(index, iso),
    })),
    ...event.concerns.zones
      .map((zone) => index.pieces.get(zone))
      .filter(present)
      .map((piece) => zoneLink(piece, options.convention)),
    ...event.concerns.places
      .map((id) => index.places.get(id))
      .filter(present)
      .map((p) => placeLink(p, options.convention)),
  ];
  return {
    selection: { kind: 'event', id: event.id },
    kindLabel: 'Event',
    title: rename(event.title),
    titleLang: 'en',
    names: [],
    within: null,
    control: null,
    facts: [],
    heldByOthers: [],
    history: [],
    events: [],
    relation: null,
    recognition: null,
    event: {
      date: event.date,
      dateLabel: eventDateLabel(event, event.days),
      place: where ? placeLink(where, options.convention) : null,
      summary,
      readings: (event.readings ?? [])
        .map((r) => statement(rename(r.text), r.sources))
        .filter(present),
      concerns,
    },
  };
}
