/**
 * The map's control and event sources, carrying the look of the day the map opens on as feature
 * properties. The first frame then shows the right colours, fronts and markers, with no burst of
 * feature-state writes after `load` (which costs MapLibre another pass over every tile before
 * the view is complete). Later dates are feature-state, which the style reads before the
 * properties (see feature-state.ts); the painters are told which day the properties show.
 * Only what the map reads is kept, so the worker has less to copy and cut into tiles.
 */
import type { FeatureCollection } from 'geojson';
import type { ControlPiece, Front } from '../domain/control';
import { type EventFeature, markerDays } from '../domain/events';
import type { DayNumber } from '../time/days';
import { contains } from '../time/interval';
import { type PieceLook, frontActive, isDotted, pieceLook } from './control-painter';

export interface BakedSources {
  controlPieces: FeatureCollection;
  controlFronts: FeatureCollection;
  events: FeatureCollection;
}

interface ControlInput {
  pieces: readonly ControlPiece[];
  fronts: readonly Front[];
  geometry: { pieces: FeatureCollection; fronts: FeatureCollection };
}

export function bakedSources(
  control: ControlInput,
  events: readonly EventFeature[],
  day: DayNumber,
  recognisedView = false,
): BakedSources {
  // Looks by position in the pieces list, as fronts name their two sides (see ControlPainter).
  const looks: PieceLook[] = control.pieces.map((piece) => pieceLook(piece, day));
  const pieceAt = new Map(control.pieces.map((piece, i) => [piece.id, i]));
  const frontById = new Map(control.fronts.map((front) => [front.id, front]));
  return {
    controlPieces: {
      type: 'FeatureCollection',
      features: control.geometry.pieces.features.flatMap((f) => {
        const i = pieceAt.get(Number(f.id));
        if (i === undefined) return [];
        const piece = control.pieces[i]!;
        const look = looks[i]!;
        const properties = {
          piece: piece.piece,
          state: piece.state,
          controller: look.controller,
          low: look.low,
          transition: look.transition,
          dotted: isDotted(look.controller),
          // A link opening in the recognised-borders view draws it in the first frame.
          ...(recognisedView ? { recognised: piece.state } : {}),
        };
        return [{ type: 'Feature', id: f.id, properties, geometry: f.geometry }];
      }),
    },
    controlFronts: {
      type: 'FeatureCollection',
      features: control.geometry.fronts.features.map((f) => {
        const front = frontById.get(Number(f.id));
        const active = front ? frontActive(looks[front.a] ?? null, looks[front.b] ?? null) : false;
        return { type: 'Feature', id: f.id, properties: { active }, geometry: f.geometry };
      }),
    },
    events: {
      type: 'FeatureCollection',
      features: events.map((e) => ({
        type: 'Feature',
        id: e.id,
        properties: { id: e.properties.id, near: contains(markerDays(e.properties), day) },
        geometry: e.geometry,
      })),
    },
  };
}
