/**
 * The offline map style, built by pure functions from loaded data: no glyph server, no sprite,
 * no tiles, so no request leaves the page's origin. Date-dependent looks (who controls a piece,
 * which front lines are active, which events are near) are read from feature-state, so a date
 * change repaints without re-tiling; see control-painter.ts.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CONTROLLERS } from '../domain/types';
import { BASE, CONTROLLER_COLOURS, FRONT_LINE } from '../style/palette';

export interface StyleData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  coasts: FeatureCollection;
  countryLabels: FeatureCollection;
  controlPieces: FeatureCollection;
  controlFronts: FeatureCollection;
  places: FeatureCollection;
}

/** Pattern images the style uses; MapView generates them when MapLibre asks. */
export const PATTERNS = { dots: 'atlas-dots', hatch: 'atlas-hatch' } as const;

/** Bottom to top: the one place that decides what draws over what. */
export const LAYER_ORDER = [
  'sea',
  'countries',
  'control-fill',
  'control-dots',
  'control-low-confidence',
  'coasts',
  'borders',
  'control-fronts',
  'place-dots',
  'place-labels',
  'country-labels',
] as const;
export type LayerName = (typeof LAYER_ORDER)[number];

/** Which app layer (the `layers=` parameter) each map layer belongs to; others always show. */
export const LAYER_GROUPS: Partial<Record<LayerName, 'control' | 'relations' | 'events'>> = {
  'control-fill': 'control',
  'control-dots': 'control',
  'control-low-confidence': 'control',
  'control-fronts': 'control',
};

function geojson(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, tolerance: 0.2 };
}

/** `controller` feature-state -> colour; pieces without state stay transparent. */
export function controllerColour(): ExpressionSpecification {
  const pairs = CONTROLLERS.flatMap((c) => [c, CONTROLLER_COLOURS[c]]);
  return [
    'match',
    ['coalesce', ['feature-state', 'controller'], ''],
    ...pairs,
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;
}

function stateFlag(name: string, on: number, off = 0): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', name], false], on, off];
}

const LABEL_FONT = ['sans-serif'];

function layer(name: LayerName): LayerSpecification {
  switch (name) {
    case 'sea':
      return { id: name, type: 'background', paint: { 'background-color': BASE.sea } };
    case 'countries':
      return {
        id: name,
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': BASE.otherCountry },
      };
    case 'control-fill':
      return {
        id: name,
        type: 'fill',
        source: 'control',
        paint: { 'fill-color': controllerColour(), 'fill-opacity': 0.78 },
      };
    case 'control-dots':
      return {
        id: name,
        type: 'fill',
        source: 'control',
        paint: { 'fill-pattern': PATTERNS.dots, 'fill-opacity': stateFlag('dotted', 1) },
      };
    case 'control-low-confidence':
      return {
        id: name,
        type: 'fill',
        source: 'control',
        paint: { 'fill-pattern': PATTERNS.hatch, 'fill-opacity': stateFlag('low', 1) },
      };
    case 'coasts':
      return {
        id: name,
        type: 'line',
        source: 'coasts',
        paint: { 'line-color': BASE.coast, 'line-width': 0.8 },
      };
    case 'borders':
      return {
        id: name,
        type: 'line',
        source: 'borders',
        paint: {
          'line-color': BASE.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4],
        },
      };
    case 'control-fronts':
      return {
        id: name,
        type: 'line',
        source: 'fronts',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': FRONT_LINE,
          'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2.5],
          'line-dasharray': [3, 1.5],
          'line-opacity': stateFlag('active', 0.9),
        },
      };
    case 'place-dots':
      return {
        id: name,
        type: 'circle',
        source: 'places',
        minzoom: 5,
        filter: ['!=', ['get', 'kind'], 'capital'],
        paint: {
          'circle-radius': 2.5,
          'circle-color': BASE.label,
          'circle-stroke-color': BASE.labelHalo,
          'circle-stroke-width': 1,
        },
      };
    case 'place-labels':
      return {
        id: name,
        type: 'symbol',
        source: 'places',
        layout: {
          'text-field': ['get', 'label'],
          'text-font': LABEL_FONT,
          'text-size': ['match', ['get', 'kind'], 'capital', 13, 12],
          'text-offset': [0, 0.9],
          'text-anchor': 'top',
          'symbol-sort-key': ['match', ['get', 'kind'], 'capital', 0, 1],
        },
        paint: {
          'text-color': BASE.label,
          'text-halo-color': BASE.labelHalo,
          'text-halo-width': 1.4,
        },
      };
    case 'country-labels':
      return {
        id: name,
        type: 'symbol',
        source: 'country-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': LABEL_FONT,
          'text-size': 14,
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 8,
        },
        paint: {
          'text-color': '#4d4a44',
          'text-halo-color': 'rgba(255,255,255,0.85)',
          'text-halo-width': 1.6,
        },
      };
  }
}

/** The whole style: every source inline, every layer in LAYER_ORDER. */
export function atlasStyle(data: StyleData): StyleSpecification {
  return {
    version: 8,
    name: 'Caucasus Atlas (offline)',
    sources: {
      countries: geojson(data.countries),
      borders: geojson(data.borders),
      coasts: geojson(data.coasts),
      'country-labels': geojson(data.countryLabels),
      control: geojson(data.controlPieces),
      fronts: geojson(data.controlFronts),
      places: geojson(data.places),
    },
    layers: LAYER_ORDER.map(layer),
  };
}
