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
import { BASE, CONTROLLER_FILLS, EVENT_COLOUR, FRONT_LINE, RELATION_FILLS } from '../style/palette';

export interface StyleData {
  countries: FeatureCollection;
  borders: FeatureCollection;
  coasts: FeatureCollection;
  countryLabels: FeatureCollection;
  controlPieces: FeatureCollection;
  controlFronts: FeatureCollection;
  places: FeatureCollection;
  events: FeatureCollection;
}

/** Pattern images the style uses; MapView generates them when MapLibre asks. */
export const PATTERNS = { dots: 'atlas-dots', hatch: 'atlas-hatch' } as const;

/** Bottom to top: the one place that decides what draws over what. */
export const LAYER_ORDER = [
  'sea',
  'countries',
  'relations-fill',
  'relations-hatch',
  'control-fill',
  'control-dots',
  'control-low-confidence',
  'coasts',
  'borders',
  'control-fronts',
  'country-hover',
  'control-hover',
  'selection-outline',
  'relation-lines',
  'place-dots',
  'event-markers',
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
  'control-hover': 'control',
  'relations-fill': 'relations',
  'relations-hatch': 'relations',
  'relation-lines': 'relations',
  'event-markers': 'events',
};

function geojson(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, tolerance: 0.2 };
}

/** `controller` feature-state -> colour; pieces without state stay transparent. */
export function controllerColour(): ExpressionSpecification {
  const pairs = CONTROLLERS.flatMap((c) => [c, CONTROLLER_FILLS[c]]);
  return [
    'match',
    ['coalesce', ['feature-state', 'controller'], ''],
    ...pairs,
    'rgba(0,0,0,0)',
  ] as unknown as ExpressionSpecification;
}

/** `relation` or `status` feature-state -> colour of the relation to the focus country. */
export function relationColour(
  state: 'relation' | 'status',
  fallback: string,
): ExpressionSpecification {
  const pairs = Object.entries(RELATION_FILLS).flat();
  return [
    'match',
    ['coalesce', ['feature-state', state], ''],
    ...pairs,
    fallback,
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
    case 'relations-fill':
      return {
        id: name,
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': relationColour('relation', 'rgba(0,0,0,0)'),
        },
      };
    case 'relations-hatch':
      return {
        id: name,
        type: 'fill',
        source: 'countries',
        paint: { 'fill-pattern': PATTERNS.hatch, 'fill-opacity': stateFlag('relationHatch', 1) },
      };
    case 'country-hover':
      return {
        id: name,
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#111', 'line-width': 2, 'line-opacity': stateFlag('hover', 1) },
      };
    case 'control-hover':
      return {
        id: name,
        type: 'line',
        source: 'control',
        paint: { 'line-color': '#111', 'line-width': 2.5, 'line-opacity': stateFlag('hover', 1) },
      };
    case 'selection-outline':
      return {
        id: name,
        type: 'line',
        source: 'selection',
        paint: { 'line-color': '#5e3c99', 'line-width': 3 },
      };
    case 'relation-lines':
      return {
        id: name,
        type: 'line',
        source: 'relation-lines',
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': relationColour('status', '#777'),
          'line-width': [
            'match',
            ['coalesce', ['feature-state', 'status'], ''],
            'alliance',
            5,
            'strategic-partnership',
            4,
            'relations',
            3,
            'no-relations',
            2,
            'non-recognition',
            2,
            1.5,
          ],
          'line-opacity': 0.9,
        },
      };
    case 'event-markers':
      return {
        id: name,
        type: 'circle',
        source: 'events',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 5, 9, 8],
          'circle-color': '#ffffff',
          'circle-stroke-color': EVENT_COLOUR,
          'circle-stroke-width': 2.5,
          'circle-opacity': stateFlag('near', 1),
          'circle-stroke-opacity': stateFlag('near', 1),
        },
      };
    case 'control-fill':
      return {
        id: name,
        type: 'fill',
        source: 'control',
        paint: { 'fill-color': controllerColour() },
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
      events: geojson(data.events),
      'relation-lines': geojson({ type: 'FeatureCollection', features: [] }),
      selection: geojson({ type: 'FeatureCollection', features: [] }),
    },
    layers: LAYER_ORDER.map(layer),
  };
}
