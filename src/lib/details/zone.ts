/** Details of a control zone (or of the rest of a state outside the mapped zones). */
import type { AtlasIndex, IndexedPiece } from '../domain/atlas-index';
import { placeName } from '../domain/places';
import { controlHistory, controlNow, recognisedIn } from './control-history';
import { nameRewrite } from '../domain/names';
import { eventLinks } from './event';
import { entityRecognition } from './recognition';
import { present, statement } from './sourcing';
import type { DetailsOptions, SelectionDetails } from './types';
import { areaLabel, otherNames, titleLang } from './wording';
import { zoneEntityOn } from '../domain/views';

export function zoneDetails(
  piece: IndexedPiece,
  index: AtlasIndex,
  options: DetailsOptions,
): SelectionDetails {
  const title = placeName(piece, options.convention);
  const facts = [
    recognisedIn(piece.state, title, index),
    statement(
      `Area: ${areaLabel(piece.areaKm2)}, measured on the atlas's approximate outline of the zone (clipped to the base map's borders).`,
      index.geometrySources.pieces,
    ),
  ].filter(present);
  return {
    selection: { kind: 'zone', id: piece.piece },
    kindLabel: piece.piece.startsWith('rest-') ? 'Area outside the mapped zones' : 'Zone',
    title,
    titleLang: titleLang(options.convention),
    names: otherNames(piece, options.convention),
    within: null,
    control: controlNow(piece, options.day, title, index),
    facts,
    heldByOthers: [],
    history: controlHistory(piece, options.day, index),
    events: eventLinks(
      index.eventsAbout.zones.get(piece.piece) ?? [],
      nameRewrite(index.places, options.convention),
    ),
    relation: null,
    // A zone is no state: with an entity in focus it lists who recognised the entity; in the
    // recognised-borders view, who recognised the entity holding the zone on the day.
    recognition: entityRecognition(
      options.focus ?? (options.view === 'recognised' ? zoneEntityOn(piece, options.day) : null),
      null,
      options.day,
      index,
    ),
    event: null,
  };
}
