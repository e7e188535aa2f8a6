/** The short text of the map tooltip for what the pointer is over. */
import { type DayNumber, formatDay } from '../time/days';
import type { AtlasIndex } from './atlas-index';
import { controllerAt } from './control';
import { controllerLabel } from './controllers';
import { nameRewrite } from './names';
import { placeName } from './places';
import { isEntityId, recognitionOn } from './recognition';
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
  /** The relations layer's focus: with an entity in focus a country says whether it recognised it. */
  focus: string | null = null,
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
    case 'country': {
      const title = index.countries.get(selection.id)?.name ?? selection.id;
      const recognition = isEntityId(focus)
        ? recognitionText(index, focus, selection.id, day)
        : null;
      return recognition ? { title, detail: recognition } : { title };
    }
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

/** "Recognises Abkhazia on this day", or null on days the entity did not exist. */
function recognitionText(
  index: AtlasIndex,
  entity: Parameters<typeof recognitionOn>[1],
  state: string,
  day: DayNumber,
): string | null {
  const name = index.relations.entities.get(entity)?.name;
  const { exists, recognising } = recognitionOn(index.relations, entity, day);
  if (!name || !exists) return null;
  return recognising.some((r) => r.by === state)
    ? `Recognises ${name} on this day`
    : `Does not recognise ${name} on this day`;
}
