/**
 * The `towns` source and its layers, in a chunk of their own fetched with towns.json (see
 * town-loader.ts), so none of it is in the first view's script: the gazetteer's towns as
 * unlabelled dots from zoom 7 (regional centres) and 9 (other towns), and the checked villages
 * as smaller dots from zoom VILLAGE_ZOOM, labelled in the user's naming convention.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import { type Town, placeName } from '../../domain/places';
import { BASE } from '../../style/palette';
import { LABEL_FONT } from './base';
import { type AtlasLayer, lookup } from './expressions';
import { NAMES_STATE, TOWN_ZOOMS } from './places';

/** The villages' labels: a little lighter than the registry's, a step down in the hierarchy. */
const VILLAGE_LABEL = '#4a4741';

/** The zoom from which the checked villages show, dot and label. */
export const VILLAGE_ZOOM = 10;

/**
 * A village's name as its label writes it: each name kept on one line (no-break spaces) and a
 * pair stacked, "Dashalty /" over "Karin Tak", rather than broken wherever the width ends
 * ("Mollalar / Nor" over "Aygestan").
 */
export function labelText(name: string): string {
  return name
    .split(' / ')
    .map((part) => part.replace(/ /g, '\u00a0'))
    .join(' /\n');
}

/**
 * The records of towns.json as the `towns` source's data: points with their class and, for the
 * checked villages, their label in each convention (the registry's rule, `placeName`).
 */
export function townsSource(towns: readonly Town[]): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: towns.map((t, i) => ({
        type: 'Feature',
        id: i,
        properties:
          t.class === 'village'
            ? {
                id: t.id,
                class: t.class,
                intl: labelText(placeName(t, 'intl')),
                hy: labelText(placeName(t, 'hy')),
                // Azerbaijani usage in its own alphabet (native.az), as for registry places.
                az: labelText(placeName({ ...t, kind: 'village' }, 'az')),
              }
            : { id: t.id, class: t.class },
        geometry: { type: 'Point', coordinates: [t.lon, t.lat] },
      })),
    },
  };
}

const isClass = (c: Town['class']): ExpressionSpecification => ['==', ['get', 'class'], c];
const isTown = isClass('town');
const isVillage = isClass('village');

/** The label in the convention the map's global state names, the international one otherwise. */
const conventionLabel: ExpressionSpecification = [
  'match',
  ['global-state', NAMES_STATE],
  'hy',
  ['get', 'hy'],
  'az',
  ['get', 'az'],
  ['get', 'intl'],
];

/**
 * Dots under the registry's (the gazetteer's regional centres the larger, villages the
 * smallest), and the villages' labels under the registry's labels, smaller, so a registry place
 * keeps its label where the two collide.
 */
export function townLayers(): AtlasLayer[] {
  return [
    {
      id: 'town-dots',
      type: 'circle',
      source: 'towns',
      minzoom: TOWN_ZOOMS.regionalCentre,
      // Each class only from its zoom (filters see integer zooms).
      filter: [
        'case',
        isTown,
        ['>=', ['zoom'], TOWN_ZOOMS.town],
        isVillage,
        ['>=', ['zoom'], VILLAGE_ZOOM],
        true,
      ],
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          TOWN_ZOOMS.regionalCentre,
          lookup(['get', 'class'], { town: 1.4, village: 1.2 }, 1.8),
          12,
          lookup(['get', 'class'], { town: 2.4, village: 2 }, 2.8),
        ],
        'circle-color': BASE.label,
        'circle-opacity': 0.75,
        'circle-stroke-color': BASE.labelHalo,
        'circle-stroke-width': 0.8,
        'circle-stroke-opacity': 0.75,
      },
    },
    {
      id: 'town-labels',
      type: 'symbol',
      source: 'towns',
      minzoom: VILLAGE_ZOOM,
      // Only what has a sourced name per convention: the gazetteer's towns stay unlabelled.
      filter: ['has', 'intl'],
      layout: {
        'text-field': conventionLabel,
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], VILLAGE_ZOOM, 10, 13, 11.5],
        // Beside the dot on whichever side is free, so more labels fit before they collide.
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-max-width': 8,
        'text-padding': 3,
        // Where labels of this source collide, the larger class first (a regional centre, once
        // one has sourced names, before a village).
        'symbol-sort-key': lookup(['get', 'class'], { 'regional-centre': 1, town: 2 }, 3),
      },
      paint: {
        'text-color': VILLAGE_LABEL,
        'text-halo-color': BASE.labelHalo,
        'text-halo-width': 1.4,
      },
    },
  ];
}
