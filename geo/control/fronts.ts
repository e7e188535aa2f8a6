/**
 * Stage "fronts": the boundary shared by each pair of pieces, as one MultiLineString per pair
 * (a < b, the pieces' integer ids). The app shows it as a front when the two controllers differ.
 */
import type { Feature, MultiLineString, Position } from 'geojson';
import { roundCoord } from '../lib/context';
import { sharedBoundaries } from './topology';
import type { Piece } from './pieces';

export type FrontFeature = Feature<MultiLineString, { a: number; b: number }> & { id: number };

export function frontFeatures(pieces: readonly Piece[]): FrontFeature[] {
  return sharedBoundaries(pieces.map((p) => p.geometry)).map((s, id) => ({
    type: 'Feature',
    id,
    properties: { a: s.a, b: s.b },
    geometry: {
      type: 'MultiLineString',
      coordinates: s.geometry.coordinates.map((line: Position[]) =>
        line.map(([x = 0, y = 0]) => [roundCoord(x), roundCoord(y)]),
      ),
    },
  }));
}
