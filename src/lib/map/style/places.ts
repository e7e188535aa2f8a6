/**
 * Named places: a dot for towns and villages from zoom 5, a label for every place. The
 * gazetteer's towns and the checked villages are a source added when the map is first zoomed in
 * to TOWNS_LOAD_ZOOM, with its layers in a chunk of their own (towns.ts).
 */
import { BASE } from '../../style/palette';
import { LABEL_FONT } from './base';
import { type AtlasLayer, lookup } from './expressions';

/** The zoom from which the gazetteer's regional centres show, and the other towns. */
export const TOWN_ZOOMS = { regionalCentre: 7, town: 9 } as const;

/** The zoom at which the towns' file is fetched: a little before the first of them shows. */
export const TOWNS_LOAD_ZOOM = 6.5;

/**
 * The map's global state key that holds the naming convention (`names=`): the map view sets it,
 * the villages' labels (towns.ts) read it, so a change of names relabels them without new data.
 */
export const NAMES_STATE = 'names';

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
