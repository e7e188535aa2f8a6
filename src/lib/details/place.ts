/** Details of a named place: where it lies, and who held the zone it lies in. */
import type { AtlasIndex } from '../domain/atlas-index';
import type { EventProperties } from '../domain/events';
import { PLACE_KIND_LABELS, isZonedState } from '../domain/labels';
import { type Place, placeName } from '../domain/places';
import type { Dated } from '../domain/relations';
import { controlHistory, controlNow, recognisedIn } from './control-history';
import { nameRewrite } from '../domain/names';
import { eventLinks } from './event';
import { present, statement } from './sourcing';
import type { DetailsOptions, SelectionDetails } from './types';
import { coordinates, countryName, otherNames, titleLang, zoneLink } from './wording';

/** Events at or about the place, and about the zone it lies in, in date order, once each. */
function eventsOfPlace(
  place: Place,
  zone: string | undefined,
  index: AtlasIndex,
): Dated<EventProperties>[] {
  const here = index.eventsAbout.places.get(place.id) ?? [];
  const around = zone ? (index.eventsAbout.zones.get(zone) ?? []) : [];
  return [...new Set([...here, ...around])].sort(
    (a, b) => a.days.from - b.days.from || a.id.localeCompare(b.id),
  );
}

export function placeDetails(
  place: Place,
  index: AtlasIndex,
  options: DetailsOptions,
): SelectionDetails {
  const title = placeName(place, options.convention);
  // The data build records the zone each place lies in.
  const piece = place.zone ? index.pieces.get(place.zone) : undefined;
  const facts = [
    place.capitalOf
      ? statement(
          `${title} is the capital of ${countryName(index, place.capitalOf)}.`,
          place.sources,
        )
      : null,
    statement(`${title} lies at ${coordinates(place.lat, place.lon)}.`, place.sources),
    isZonedState(place.country)
      ? recognisedIn(place.country, title, index)
      : statement(`${title} lies in ${countryName(index, place.country)}.`, place.sources),
    place.note ? statement(place.note, place.sources) : null,
  ].filter(present);
  return {
    selection: { kind: 'place', id: place.id },
    kindLabel: PLACE_KIND_LABELS[place.kind],
    title,
    titleLang: titleLang(options.convention),
    names: otherNames(place, options.convention),
    within: piece ? zoneLink(piece, options.convention) : null,
    control: piece ? controlNow(piece, options.day, title, index) : null,
    facts,
    heldByOthers: [],
    history: piece ? controlHistory(piece, options.day, index) : [],
    events: eventLinks(
      eventsOfPlace(place, piece?.piece, index),
      nameRewrite(index.places, options.convention),
    ),
    relation: null,
    recognition: null,
    event: null,
  };
}
