/** The style's sources: every one inline GeoJSON, so no request leaves the page's origin. */
import type {
  FilterSpecification,
  GeoJSONSourceSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

/** What the sources are built from (see styleDataOf). */
export interface StyleData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  coasts: FeatureCollection;
  countryLabels: FeatureCollection;
  /** Reference rivers and lakes (optional: an old base file has none). */
  water?: FeatureCollection;
  /** Reference lines drawn on request: the former NKAO's outline (reference-lines.geojson). */
  referenceLines?: FeatureCollection;
  controlPieces: FeatureCollection;
  controlFronts: FeatureCollection;
  places: FeatureCollection;
  events: FeatureCollection;
}

export const SOURCE_IDS = [
  'countries',
  'base',
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

/** What a feature of the `base` source is; each base layer draws one kind. */
export type BaseKind = 'border' | 'coast' | 'lake' | 'river' | 'country-label' | 'reference-line';

/** The filter of a layer drawing one kind of the `base` source. */
export function baseKind(kind: BaseKind): FilterSpecification {
  return ['==', ['get', 'kind'], kind];
}

/**
 * The base map's borders, coasts, water and country names as one source: none of them changes
 * with the date or the pointer (no feature-state, no new data), and one source is one round of
 * tiling in MapLibre's worker and one set of tiles to wait for, where four were four. Water
 * features say their kind already (lake, river); the reference lines ride along too.
 */
export function baseFeatures(data: StyleData): FeatureCollection {
  const tagged = (collection: FeatureCollection, kind: BaseKind) =>
    collection.features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged(data.borders, 'border'),
      ...tagged(data.coasts, 'coast'),
      ...(data.water ?? EMPTY).features,
      ...tagged(data.referenceLines ?? EMPTY, 'reference-line'),
      ...tagged(data.countryLabels, 'country-label'),
    ],
  };
}

function geojson(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, tolerance: 0.2 };
}

export function atlasSources(data: StyleData): Record<SourceId, SourceSpecification> {
  return {
    countries: geojson(data.countries),
    base: geojson(baseFeatures(data)),
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
