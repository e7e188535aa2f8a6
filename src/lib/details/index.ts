/**
 * What the details panel says about a selection on a day: a plain object built by pure
 * functions from the atlas index, so the panel only renders and every claim can be tested.
 *
 * Every statement carries the ids of the sources it rests on, and a statement without sources
 * is never produced (see sourcing.ts). Wording is neutral ("held by", "came under the control
 * of"); loaded words appear only inside quoted, attributed data text.
 */
import type { AtlasIndex } from '../domain/atlas-index';
import { calendarDateOf, formatDay, toIso } from '../time/days';
import { countryDetails } from './country';
import { eventDetails, keyEventsFirst } from './event';
import { placeDetails } from './place';
import type { Details, DetailsOptions, DetailsSelection, SelectionDetails } from './types';
import { barPosition } from './wording';
import { zoneDetails } from './zone';
export type * from './types';
export { citedSources, statement } from './sourcing';

function selectionDetails(
  selection: DetailsSelection,
  index: AtlasIndex,
  options: DetailsOptions,
): SelectionDetails | null {
  switch (selection.kind) {
    case 'zone': {
      const piece = index.pieces.get(selection.id);
      return piece ? zoneDetails(piece, index, options) : null;
    }
    case 'place': {
      const place = index.places.get(selection.id);
      return place ? placeDetails(place, index, options) : null;
    }
    case 'country': {
      const country = index.countries.get(selection.id);
      return country ? countryDetails(country, index, options) : null;
    }
    case 'event': {
      const event = index.events.get(selection.id);
      return event ? eventDetails(event, index, options) : null;
    }
  }
}

/**
 * The details of a selection on a day, or null when the id is unknown (a stale link): the
 * caller then closes the panel and says so.
 */
export function detailsOf(
  selection: DetailsSelection,
  index: AtlasIndex,
  options: DetailsOptions,
): Details | null {
  const specific = selectionDetails(selection, index, options);
  if (!specific) return null;
  const { first, last } = index.covered;
  return {
    ...specific,
    keyEvents: keyEventsFirst(specific.events),
    day: toIso(options.day),
    dayLabel: formatDay(options.day),
    dayPosition: barPosition(options.day, index.covered),
    rangeLabels: {
      first: String(calendarDateOf(first).year),
      last: String(calendarDateOf(last).year),
    },
  };
}
