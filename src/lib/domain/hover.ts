/** The short text of the map tooltip for what the pointer is over. */
import type { Selection } from '../state/url';
import { formatDate, type DayNumber, toIso } from '../time/days';
import { type ControlPiece, controllerAt } from './control';
import { controllerLabel } from './controllers';
import type { EventFeature } from './events';
import { type Place, placeName } from './places';
import type { NamingConvention } from './types';

export interface HoverText {
  title: string;
  detail?: string;
}

export interface HoverData {
  pieces: readonly ControlPiece[];
  events: readonly EventFeature[];
  countryNames: ReadonlyMap<string, string>;
  places: readonly Place[];
}

export function hoverText(
  selection: Selection,
  day: DayNumber,
  convention: NamingConvention,
  data: HoverData,
): HoverText | null {
  const date = toIso(day);
  switch (selection.kind) {
    case 'zone': {
      const piece = data.pieces.find((p) => p.piece === selection.id);
      if (!piece) return null;
      const entry = controllerAt(piece, day);
      return {
        title: placeName(piece, convention),
        detail: entry ? `Held by ${controllerLabel(entry.controller, date)}` : undefined,
      };
    }
    case 'country':
      return { title: data.countryNames.get(selection.id) ?? selection.id };
    case 'event': {
      const event = data.events.find((e) => e.properties.id === selection.id);
      if (!event) return null;
      const p = event.properties;
      return { title: p.title, detail: formatDate(p.date, p.datePrecision) };
    }
    case 'place': {
      const place = data.places.find((p) => p.id === selection.id);
      if (!place) return null;
      return { title: placeName(place, convention), detail: 'Click for its history' };
    }
  }
}
