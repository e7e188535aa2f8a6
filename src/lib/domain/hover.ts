/** The short text of the map tooltip for what the pointer is over. */
import { type DayNumber, formatDay } from '../time/days';
import type { AtlasIndex } from './atlas-index';
import { controllerAt } from './control';
import { controllerLabel } from './controllers';
import { nameRewrite } from './names';
import { placeName } from './places';
import { isEntityId, recognitionOn } from './recognition';
import { type FocusStatus, isRelationPeriod, relationOn, relationsOfFocus } from './relations';
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
  /**
   * The relations layer's focus: with a state in focus a country says its relation to it on the
   * day (as the map colours it); with an entity in focus, whether it recognised it.
   */
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
      const detail = isEntityId(focus)
        ? recognitionText(index, focus, selection.id, day)
        : focus
          ? relationText(index, focus, selection.id, day)
          : null;
      return detail ? { title, detail } : { title };
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

/** How the hover names each status a state-focus colours a country with ("… with Pakistan"). */
const RELATION_WORDS: Partial<Record<FocusStatus, (focus: string) => string>> = {
  'no-relations': (f) => `Recognised by ${f}, no diplomatic relations`,
  relations: (f) => `Diplomatic relations with ${f}`,
  'strategic-partnership': (f) => `Strategic partnership with ${f}`,
  alliance: (f) => `Alliance with ${f} (mutual-defence commitment)`,
  recognised: (f) => `Recognises ${f} (relations not followed here)`,
  'not-independent': () => 'Not yet independent on this day',
  'no-data': (f) => `No data on relations with ${f}`,
};

/**
 * "Diplomatic relations with Pakistan on this day", or null without a status to give: what the
 * relations layer's colour of `state` says, in words (the tooltip and the day as text).
 */
export function relationText(
  index: AtlasIndex,
  focus: string,
  state: string,
  day: DayNumber,
): string | null {
  const focusName = index.countries.get(focus)?.name ?? focus;
  if (state === focus) return 'Focus of the relations layer';
  const status = relationsOfFocus(index.relations, focus, day, [state]).get(state);
  if (status === undefined) return null;
  if (status === 'non-recognition') {
    // Say which side withholds recognition: the pair's status alone does not.
    const pair = relationOn(index.relations, focus, state, day);
    const by = isRelationPeriod(pair) ? pair.notRecognisedBy : undefined;
    const byName = by === focus ? focusName : by ? (index.countries.get(by)?.name ?? by) : null;
    const other = by === focus ? 'it' : focusName;
    return byName ? `Not recognised: ${byName} does not recognise ${other}` : 'Not recognised';
  }
  const words = RELATION_WORDS[status];
  return words ? `${words(focusName)} on this day` : null;
}
