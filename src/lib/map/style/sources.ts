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

/**
 * How far (in pixels of a 512 px tile) MapLibre may simplify a source's lines when it cuts
 * tiles. The authored control pieces and their front lines keep a fine 0.2, so a front follows
 * its pieces' edges closely; the base map (Natural Earth's countries, borders, coasts, water)
 * takes MapLibre's default, as the benchmark's bare page does. Every difference is under half a
 * pixel.
 */
export const TOLERANCE = { authored: 0.2, base: 0.375 } as const;

/**
 * How far past its edges (pixels of a 512 px tile) each tile of the area and line sources keeps
 * geometry. MapLibre's default, 128, is room for wide lines and labels along lines; the widest
 * line these sources draw is 3 px and their labels are at points, so 32 is ample.
 */
export const AREA_BUFFER = 32;

/*
 * Points in the first view's tiles (6 at zoom 4), counted with @maplibre/geojson-vt as MapLibre
 * calls it: countries 24,562 (tolerance 0.2, buffer 128) -> 10,513 (0.375, 32); base lines
 * 19,102 -> 7,802; control pieces 4,986 -> 2,770 (0.2, 32). That is what the worker cuts and
 * triangulates, and what every frame draws, before the first idle.
 */
function geojson(
  data: FeatureCollection,
  tolerance: number = TOLERANCE.authored,
  buffer?: number,
): GeoJSONSourceSpecification {
  return { type: 'geojson', data, tolerance, ...(buffer === undefined ? {} : { buffer }) };
}

/**
 * In the order MapLibre asks its worker for their first tiles. The sources with labels come
 * first: their tiles wait for glyphs from the page, and the frame that first places a label
 * leaves the placement marked stale, so MapLibre draws once more. Asked for first, they are
 * placed while the control tiles (the slowest, which wait for their pattern images) are still
 * being cut, and the frame that draws those is complete and idle; asked for last, the first
 * idle came one full frame after `load`.
 */
export function atlasSources(data: StyleData): Record<SourceId, SourceSpecification> {
  return {
    places: geojson(data.places),
    base: geojson(baseFeatures(data), TOLERANCE.base, AREA_BUFFER),
    events: geojson(data.events),
    fronts: geojson(data.controlFronts, TOLERANCE.authored, AREA_BUFFER),
    countries: geojson(data.countries, TOLERANCE.base, AREA_BUFFER),
    control: geojson(data.controlPieces, TOLERANCE.authored, AREA_BUFFER),
    // Filled by painters: the lines of the focus, the selected area's outline.
    'relation-lines': geojson(EMPTY),
    selection: geojson(EMPTY),
    // Filled once, on the first switch to the claims view (the file is loaded then).
    claims: geojson(EMPTY),
  };
}
