/** Shared loading for the control tests: the published files read with fs, not imported. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { ControlPieceProperties } from '../../src/lib/domain/control';
import type { PeriodFeature } from './validate';

export const ROOT = join(import.meta.dirname, '..', '..');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(ROOT, 'public', 'data', name), 'utf8')) as T;
}

export function loadControl(): PeriodFeature[] {
  return readJson<{ features: PeriodFeature[] }>('control.geojson').features;
}

export type PieceFeature = {
  type: 'Feature';
  id: number;
  properties: ControlPieceProperties;
  geometry: Polygon | MultiPolygon;
};

export function loadPieces(): PieceFeature[] {
  return readJson<{ features: PieceFeature[] }>('control-pieces.geojson').features;
}

export function loadFronts(): FeatureCollection<MultiLineString, { a: number; b: number }> {
  return readJson('control-fronts.geojson');
}
