/** The style's sources: every one inline GeoJSON, so no request leaves the page's origin. */
import type { GeoJSONSourceSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** What the sources are built from (see styleDataOf). */
export interface StyleData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  coasts: FeatureCollection;
  countryLabels: FeatureCollection;
  /** Reference rivers and lakes (optional: an old base file has none). */
  water?: FeatureCollection;
  controlPieces: FeatureCollection;
  controlFronts: FeatureCollection;
  places: FeatureCollection;
  events: FeatureCollection;
}

export const SOURCE_IDS = [
  'countries',
  'borders',
  'coasts',
  'country-labels',
  'water',
  'control',
  'fronts',
  'places',
  'events',
  'relation-lines',
  'selection',
  'claims',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojson(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, tolerance: 0.2 };
}

export function atlasSources(data: StyleData): Record<SourceId, SourceSpecification> {
  return {
    countries: geojson(data.countries),
    borders: geojson(data.borders),
    coasts: geojson(data.coasts),
    'country-labels': geojson(data.countryLabels),
    water: geojson(data.water ?? EMPTY),
    control: geojson(data.controlPieces),
    fronts: geojson(data.controlFronts),
    places: geojson(data.places),
    events: geojson(data.events),
    // Filled by painters: the lines of the focus, the selected area's outline.
    'relation-lines': geojson(EMPTY),
    selection: geojson(EMPTY),
    // Filled once, on the first switch to the claims view (the file is loaded then).
    claims: geojson(EMPTY),
  };
}
