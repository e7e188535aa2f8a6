/**
 * Loads everything the atlas shows, in parallel, reporting progress, and indexes it once. A
 * missing or broken file becomes a clear error for the loading screen, never a blank page.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { type AtlasIndex, buildAtlasIndex } from '../domain/atlas-index';
import type { ControlPiece, ControlSummary, Front } from '../domain/control';
import type { EventFeature } from '../domain/events';
import type { Place } from '../domain/places';
import type { Capital, RelationsData } from '../domain/relations';
import type { ControlPeriodProperties, Source } from '../domain/types';
import {
  type BaseGeography,
  type CountryProperties,
  type Manifest,
  baseGeographyOf,
  fetchDataFile,
} from './atlas-data';

export interface AtlasData {
  manifest: Manifest;
  /** Base-map countries (feature id = index), borders, coasts and country labels. */
  geography: BaseGeography;
  control: {
    pieces: ControlPiece[];
    fronts: Front[];
    summary: ControlSummary;
    /** Properties of control.geojson: each period with its precision and notes. */
    periods: ControlPeriodProperties[];
    /** The loaded GeoJSON, for the map's sources. */
    geometry: { pieces: FeatureCollection; fronts: FeatureCollection };
  };
  places: Place[];
  events: FeatureCollection<EventFeature['geometry'], EventFeature['properties']> & {
    features: EventFeature[];
  };
  relations: RelationsData;
  sources: Map<string, Source>;
  /** ISO code of each base-map country feature, by feature id ('' where Natural Earth has none). */
  countryCodes: string[];
  capitals: Capital[];
  /** Everything above arranged for queries by id and by day, built once here. */
  index: AtlasIndex;
}

type PieceCollection = FeatureCollection<Polygon | MultiPolygon, Omit<ControlPiece, 'id'>>;

export const DATA_FILES = [
  'manifest.json',
  'base.json',
  'control-pieces.geojson',
  'control-fronts.geojson',
  'control-summary.json',
  'control.geojson',
  'places.json',
  'events.geojson',
  'relations.json',
  'sources.json',
] as const;

/**
 * Loads and checks every file; `fresh` bypasses the browser's HTTP cache (used by Retry). The
 * schema-checked values are given the domain's types here, the one place where they meet
 * (`schemas.test.ts` checks at compile time that the two agree).
 */
export async function loadAtlas(
  base: string,
  onProgress: (done: number, total: number) => void,
  fresh = false,
): Promise<AtlasData> {
  let done = 0;
  onProgress(0, DATA_FILES.length);
  const load = <T>(file: (typeof DATA_FILES)[number]) =>
    fetchDataFile(base, file, fresh).then((value) => {
      onProgress(++done, DATA_FILES.length);
      return value as T;
    });
  const [manifest, topology, pieces, fronts, summary, periods, places, events, relations, sources] =
    await Promise.all([
      load<Manifest>('manifest.json'),
      load<
        Topology<{ countries: GeometryCollection<CountryProperties> }> & {
          water?: FeatureCollection;
        }
      >('base.json'),
      load<PieceCollection>('control-pieces.geojson'),
      load<FeatureCollection>('control-fronts.geojson'),
      load<ControlSummary>('control-summary.json'),
      load<FeatureCollection<null, ControlPeriodProperties>>('control.geojson'),
      load<Place[]>('places.json'),
      load<AtlasData['events']>('events.geojson'),
      load<RelationsData>('relations.json'),
      load<Source[]>('sources.json'),
    ]);
  const geography = baseGeographyOf(topology);
  const control: AtlasData['control'] = {
    pieces: pieces.features.map((f) => ({ ...f.properties, id: Number(f.id) }) as ControlPiece),
    fronts: fronts.features.map((f) => ({
      id: Number(f.id),
      a: Number(f.properties?.a),
      b: Number(f.properties?.b),
    })),
    summary,
    periods: periods.features.map((f) => f.properties),
    geometry: { pieces, fronts },
  };
  return {
    manifest,
    geography,
    control,
    places,
    events,
    relations,
    sources: new Map(sources.map((s) => [s.id, s])),
    countryCodes: geography.countries.features.map((f) => f.properties.iso),
    capitals: places
      .filter((p) => p.kind === 'capital' && p.capitalOf)
      .map((p) => ({ country: p.capitalOf!, lon: p.lon, lat: p.lat })),
    index: buildAtlasIndex({
      firstDay: manifest.firstDay,
      verifiedThrough: manifest.verifiedThrough,
      pieces: control.pieces,
      controlPeriods: control.periods,
      places,
      events: events.features.map((f) => f.properties),
      relations,
      sources,
      countries: geography.countries.features.map((f) => f.properties),
    }),
  };
}
