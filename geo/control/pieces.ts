/**
 * Stage "cut pieces": turns the partition (zones cut in order, each state's rest) into the
 * pieces the app draws, with shared boundaries made of identical vertices, and checks them:
 * valid geometry, and each zone contains the registry places it names.
 */
import * as turf from '@turf/turf';
import type { Place } from '../../src/lib/domain/places';
import type { Naming } from '../../src/lib/domain/types';
import { properCrossings, roundClean, type Area, type Partition } from './geometry';
import { bluntCorners } from './corners';
import { absorbSlivers, removeSpikes } from './slivers';
import { nodeAreas } from './topology';
import type { StateCode, ZoneDef } from './model';
import { checkGeometry } from './validate';

/** One piece of land that never changes shape: a zone, or the rest of a state. */
export interface Piece {
  id: string;
  state: StateCode;
  naming: Naming;
  geometry: Area;
}

/** The rest pieces follow the zones, in this order. */
export const REST_STATES: readonly StateCode[] = ['AZ', 'AM', 'GE'];

const REST_NAMES: Record<StateCode, Naming> = {
  AZ: {
    name: 'Azerbaijan',
    names: { az: 'Azərbaycan', ru: 'Azerbaydzhan' },
    native: { az: 'Azərbaycan', hy: 'Ադրբեջան', ka: 'აზერბაიჯანი', ru: 'Азербайджан' },
  },
  AM: {
    name: 'Armenia',
    names: { hy: 'Hayastan', ru: 'Armeniya' },
    native: { hy: 'Հայաստան', az: 'Ermənistan', ka: 'სომხეთი', ru: 'Армения' },
  },
  GE: {
    name: 'Georgia',
    names: { ka: 'Sakartvelo', ru: 'Gruziya' },
    native: { ka: 'საქართველო', hy: 'Վրաստան', az: 'Gürcüstan', ru: 'Грузия' },
  },
};

/** Noding tolerance in degrees: the rounding step of published coordinates (about 1 m). */
export const NODE_EPS = 1e-5;

export function isRestPiece(id: string): boolean {
  return id.startsWith('rest-');
}

/**
 * Zones in cutting order, then the rest of each state; thin parts left by cutting given to
 * the neighbour of the same state (slivers.ts); rounded, then noded so neighbouring pieces
 * share identical vertices, and cleared of zero-width spikes (rounding again only where
 * noding made a crossing).
 */
export function cutPieces(partition: Partition): Piece[] {
  const raw: Piece[] = [
    ...partition.zones.map((z) => ({
      id: z.zone.id,
      state: z.zone.state,
      naming: { name: z.zone.name, names: z.zone.names, native: z.zone.native },
      geometry: z.geometry,
    })),
    ...REST_STATES.flatMap((s) => {
      const g = partition.rest[s];
      return g ? [{ id: `rest-${s}`, state: s, naming: REST_NAMES[s], geometry: g }] : [];
    }),
  ];
  const absorbed = absorbSlivers(raw).pieces;
  // Noding within the rounding step (1e-5°): a vertex rounded off a neighbour's edge is
  // still put on it, so the two sides of a zero-width spike become the same positions.
  const finish = (areas: readonly Area[]): Area[] =>
    nodeAreas(
      areas.map((g) => roundClean(g)),
      NODE_EPS,
    ).map((g) => {
      const clean = removeSpikes(g);
      return properCrossings(clean).length > 0 ? roundClean(clean) : clean;
    });
  // Sharp corners are cut off on the noded pieces (corners.ts), which are then finished again.
  const noded = finish(bluntCorners(finish(absorbed.map((p) => p.geometry))).areas);
  return absorbed.map((p, i) => ({ ...p, geometry: noded[i] as Area }));
}

/** Every piece has valid RFC 7946 geometry. */
export function checkPieces(pieces: readonly Piece[]): string[] {
  return pieces.flatMap((p) => checkGeometry(`piece ${p.id}`, p.geometry));
}

/** Each zone contains the places (registry ids) it lists in `contains`. */
export function checkContains(
  zones: readonly ZoneDef[],
  pieces: readonly Piece[],
  places: readonly Place[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const z of zones) {
    const g = pieces.find((p) => p.id === z.id)?.geometry;
    for (const id of z.contains ?? []) {
      const place = byId.get(id);
      if (!place) problems.push(`zone ${z.id}: unknown place ${id}`);
      else if (!g || !turf.booleanPointInPolygon([place.lon, place.lat], turf.feature(g)))
        problems.push(`zone ${z.id}: does not contain ${id} (${place.lat}, ${place.lon})`);
    }
  }
  return problems;
}
