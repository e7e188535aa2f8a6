/**
 * Loads everything the atlas shows, in parallel, reporting progress. A missing or broken file
 * becomes a clear error for the loading screen, never a blank page.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ControlPiece } from '../domain/control';
import type { Front } from '../map/control-painter';
import type { NamingConvention, Naming } from '../domain/types';
import type { StyleData } from '../map/style';
import { type CountryProperties, type Manifest, baseGeographyOf, fetchJson } from './atlas-data';

export interface Place extends Naming {
  id: string;
  kind: string;
  country: string;
  capitalOf?: string;
  lat: number;
  lon: number;
  sources: string[];
}

export interface AtlasData {
  manifest: Manifest;
  style: StyleData;
  control: { pieces: ControlPiece[]; fronts: Front[] };
  places: Place[];
}

type PieceCollection = FeatureCollection<Polygon | MultiPolygon, Omit<ControlPiece, 'id'>>;

/** Place labels in a naming convention: the convention's usage where it differs, else the name. */
export function placeLabels(
  places: readonly Place[],
  convention: NamingConvention,
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.map((p, i) => ({
      type: 'Feature',
      id: i,
      properties: {
        id: p.id,
        kind: p.kind,
        label: convention === 'intl' ? p.name : (p.names[convention] ?? p.name),
      },
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  };
}

export async function loadAtlas(
  base: string,
  convention: NamingConvention,
  onProgress: (done: number, total: number) => void,
): Promise<AtlasData> {
  const files = [
    'manifest.json',
    'base.json',
    'control-pieces.geojson',
    'control-fronts.geojson',
    'places.json',
  ] as const;
  let done = 0;
  onProgress(0, files.length);
  const load = <T>(file: string) =>
    fetchJson<T>(base, file).then((value) => {
      onProgress(++done, files.length);
      return value;
    });
  const [manifest, topology, pieces, fronts, places] = await Promise.all([
    load<Manifest>('manifest.json'),
    load<Topology<{ countries: GeometryCollection<CountryProperties> }>>('base.json'),
    load<PieceCollection>('control-pieces.geojson'),
    load<FeatureCollection>('control-fronts.geojson'),
    load<Place[]>('places.json'),
  ]);
  const geography = baseGeographyOf(topology);
  return {
    manifest,
    places,
    control: {
      pieces: pieces.features.map((f) => ({ ...f.properties, id: Number(f.id) }) as ControlPiece),
      fronts: fronts.features.map((f) => ({
        id: Number(f.id),
        a: Number(f.properties?.a),
        b: Number(f.properties?.b),
      })),
    },
    style: {
      ...geography,
      controlPieces: pieces,
      controlFronts: fronts,
      places: placeLabels(places, convention),
    },
  };
}
