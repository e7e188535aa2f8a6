/** The short text of the map tooltip for what the pointer is over. */
import { type DayNumber, formatDay } from '../time/days';
import type { AtlasIndex } from './atlas-index';
import { controllerAt } from './control';
import { controllerLabel } from './controllers';
import { nameRewrite } from './names';
import { placeName } from './places';
import type { Selection } from './selection';
import type { NamingConvention } from './types';

export interface HoverText {
  title: string;
  detail?: string;
}

export function hoverText(
  selection: Selection,
  day: DayNumber,
  convention: NamingConvention,
  index: AtlasIndex,
): HoverText | null {
  switch (selection.kind) {
    case 'zone': {
      const piece = index.pieces.get(selection.id);
      if (!piece) return null;
      const { controller } = controllerAt(piece, day);
      return {
        title: placeName(piece, convention),
        detail: `Held by ${controllerLabel(controller, day, index.relations.countries)}`,
      };
    }
    case 'country':
      return { title: index.countries.get(selection.id)?.name ?? selection.id };
    case 'event': {
      const event = index.events.get(selection.id);
      if (!event) return null;
      return {
        title: nameRewrite(index.places, convention)(event.title),
        detail: formatDay(event.days.from, event.datePrecision),
      };
    }
    case 'place': {
      const place = index.places.get(selection.id);
      if (!place) return null;
      return { title: placeName(place, convention), detail: 'Click for its history' };
    }
  }
}
