/** Named places: a dot for towns and villages from zoom 5, a label for every place. */
import { BASE } from '../../style/palette';
import { LABEL_FONT } from './base';
import { type AtlasLayer, lookup } from './expressions';

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
