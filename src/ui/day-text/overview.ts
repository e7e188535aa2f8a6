/**
 * The day as text: who held each zone of each state, with its area, and the total area each
 * holder held, from the atlas index. For readers who cannot or would rather not read the map.
 */
import type { AtlasIndex, IndexedPiece } from '../../lib/domain/atlas-index';
import { controllerLabel } from '../../lib/domain/controllers';
import { type ZonedState, followedStates } from '../../lib/domain/labels';
import { relationText } from '../../lib/domain/hover';
import { relationsOfFocus } from '../../lib/domain/relations';
import { placeName } from '../../lib/domain/places';
import type { Selection } from '../../lib/domain/selection';
import type { Controller, NamingConvention } from '../../lib/domain/types';
import { controlNow, entryOn } from '../../lib/details/control-history';
import { areaLabel } from '../../lib/details/wording';
import { isEntityId, recognitionOn } from '../../lib/domain/recognition';
import { type DayNumber, formatDay } from '../../lib/time/days';

export interface ZoneLine {
  selection: Selection;
  name: string;
  controller: Controller;
  holder: string;
  /** "since 8 May 1992"; null when the period has no sources to date it by. */
  since: string | null;
  area: string;
  lowConfidence: boolean;
}

export interface StateOverview {
  state: ZonedState;
  /** The state's name on the day (a Soviet republic before its independence). */
  title: string;
  zones: ZoneLine[];
}

export interface HolderTotal {
  controller: Controller;
  label: string;
  km2: number;
  area: string;
}

/** With a breakaway entity in focus: the states recognising it on the day, in words. */
export interface RecognitionOverview {
  entityName: string;
  /** Whether the entity existed (as the atlas counts it) on the day. */
  exists: boolean;
  /** Names of the states recognising it on the day, in the order they recognised it. */
  recognising: string[];
  /** States that had withdrawn their recognition by the day, with the day they did. */
  withdrawn: { name: string; on: string }[];
  /** For an entity no UN member recognised: the data's sourced statement of that. */
  none: string | null;
}

/** With a state in focus: its relation on the day with each state the atlas follows, in words. */
export interface RelationsOverview {
  focusName: string;
  /** Whether the focus was independent on the day (before that, no state had relations). */
  independent: boolean;
  lines: { code: string; name: string; text: string }[];
}

export interface DayOverview {
  states: StateOverview[];
  /** Largest first. */
  totals: HolderTotal[];
  /** Present when the focus is a breakaway entity. */
  recognition: RecognitionOverview | null;
  /** Present when the focus is a state the atlas follows. */
  relations: RelationsOverview | null;
}

function relationsOverview(
  index: AtlasIndex,
  day: DayNumber,
  focus: string | null,
): RelationsOverview | null {
  if (!focus || isEntityId(focus) || !index.relations.countries.has(focus)) return null;
  const focusName = index.countries.get(focus)?.name ?? focus;
  const lines = followedStates(index.relations)
    .filter((state) => state.code !== focus)
    .map((state) => ({ ...state, text: relationText(index, focus, state.code, day) }))
    .filter((line): line is { code: string; name: string; text: string } => line.text !== null);
  // Before its independence the focus colours every state "not yet independent".
  const independent = relationsOfFocus(index.relations, focus, day, [focus]).get(focus) === 'focus';
  return { focusName, independent, lines };
}

function recognitionOverview(
  index: AtlasIndex,
  day: DayNumber,
  focus: string | null,
): RecognitionOverview | null {
  if (!isEntityId(focus)) return null;
  const entity = index.relations.entities.get(focus);
  if (!entity) return null;
  const name = (code: string) => index.countries.get(code)?.name ?? code;
  const { exists, recognising, withdrawn } = recognitionOn(index.relations, focus, day);
  return {
    entityName: entity.name,
    exists,
    recognising: recognising.map((r) => name(r.by)),
    withdrawn: withdrawn.map((r) => ({ name: name(r.by), on: formatDay(r.days.to!) })),
    none: entity.noRecognition?.note ?? null,
  };
}

function zoneLine(
  piece: IndexedPiece,
  day: DayNumber,
  convention: NamingConvention,
  index: AtlasIndex,
): ZoneLine | null {
  const entry = entryOn(piece, day);
  if (!entry) return null;
  const base = placeName(piece, convention);
  const name = piece.piece.startsWith('rest-') ? `${base}, outside the zones listed` : base;
  const now = controlNow(piece, day, name, index);
  return {
    selection: { kind: 'zone', id: piece.piece },
    name,
    controller: entry.controller,
    holder: controllerLabel(entry.controller, day, index.relations.countries),
    since: now?.sinceLabel ?? null,
    area: areaLabel(piece.areaKm2),
    lowConfidence: entry.confidence === 'low',
  };
}

export function dayOverview(
  index: AtlasIndex,
  day: DayNumber,
  convention: NamingConvention,
  focus: string | null = null,
): DayOverview {
  const states: StateOverview[] = [];
  const km2 = new Map<Controller, number>();
  for (const [state, pieces] of index.piecesOfState) {
    const zones: ZoneLine[] = [];
    for (const piece of pieces) {
      const line = zoneLine(piece, day, convention, index);
      if (!line) continue;
      zones.push(line);
      km2.set(line.controller, (km2.get(line.controller) ?? 0) + piece.areaKm2);
    }
    const zoned = state as ZonedState;
    states.push({
      state: zoned,
      title: controllerLabel(zoned, day, index.relations.countries),
      zones,
    });
  }
  const totals = [...km2]
    .map(([controller, total]) => ({
      controller,
      label: controllerLabel(controller, day, index.relations.countries),
      km2: total,
      area: areaLabel(total),
    }))
    .sort((a, b) => b.km2 - a.km2);
  return {
    states,
    totals,
    recognition: recognitionOverview(index, day, focus),
    relations: relationsOverview(index, day, focus),
  };
}
