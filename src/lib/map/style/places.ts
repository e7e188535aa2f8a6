/**
 * Named places: a dot for towns and villages from zoom 5, a label for every place; and the
 * gazetteer's towns (not registry places), unlabelled dots from zoom 7 (regional centres) and 9
 * (other towns), in a source added when the map is first zoomed in to TOWNS_LOAD_ZOOM.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification } from 'maplibre-gl';
import type { Town } from '../../domain/places';
import { BASE } from '../../style/palette';
import { LABEL_FONT } from './base';
import { type AtlasLayer, lookup } from './expressions';

/** The zoom from which the gazetteer's regional centres show, and the other towns. */
export const TOWN_ZOOMS = { regionalCentre: 7, town: 9 } as const;

/** The zoom at which the towns' file is fetched: a little before the first of them shows. */
export const TOWNS_LOAD_ZOOM = 6.5;

/** The gazetteer towns as the `towns` source's data: points, the class their one property. */
export function townsSource(towns: readonly Town[]): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: towns.map((t, i) => ({
        type: 'Feature',
        id: i,
        properties: { id: t.id, class: t.class },
        geometry: { type: 'Point', coordinates: [t.lon, t.lat] },
      })),
    },
  };
}

const isTown: ExpressionSpecification = ['==', ['get', 'class'], 'town'];

/** The gazetteer's towns: small dots under the registry's, the larger for regional centres. */
export function townLayers(): AtlasLayer[] {
  return [
    {
      id: 'town-dots',
      type: 'circle',
      source: 'towns',
      minzoom: TOWN_ZOOMS.regionalCentre,
      // Towns other than regional centres only from their zoom (filters see integer zooms).
      filter: ['any', ['!', isTown], ['>=', ['zoom'], TOWN_ZOOMS.town]],
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          TOWN_ZOOMS.regionalCentre,
          ['case', isTown, 1.4, 1.8],
          12,
          ['case', isTown, 2.4, 2.8],
        ],
        'circle-color': BASE.label,
        'circle-opacity': 0.75,
        'circle-stroke-color': BASE.labelHalo,
        'circle-stroke-width': 0.8,
        'circle-stroke-opacity': 0.75,
      },
    },
  ];
}

export function placeLayers(): AtlasLayer[] {
  return [
    {
      id: 'place-dots',
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
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': ['get', 'label'],
        'text-font': LABEL_FONT,
        'text-size': lookup(['get', 'kind'], { capital: 13 }, 12),
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        // Where labels collide: capitals, de facto capitals, the places events happen at, then
        // towns before villages (the rank the data gives each place, label-rank.ts).
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': BASE.label,
        'text-halo-color': BASE.labelHalo,
        'text-halo-width': 1.4,
      },
    },
  ];
}
