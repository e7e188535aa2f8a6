/** What answers the pointer: hover outlines (feature-state) and the selected area's outline. */
import { readFlag } from '../feature-state';
import type { AtlasLayer } from './expressions';

const HOVER_INK = '#111';
export const SELECTION_INK = '#5e3c99';

export function interactionLayers(): AtlasLayer[] {
  return [
    {
      id: 'country-hover',
      type: 'line',
      source: 'countries',
      paint: {
        'line-color': HOVER_INK,
        'line-width': 2,
        'line-opacity': readFlag('countries', 'hover', 1),
      },
    },
    {
      id: 'control-hover',
      type: 'line',
      source: 'control',
      paint: {
        'line-color': HOVER_INK,
        'line-width': 2.5,
        'line-opacity': readFlag('control', 'hover', 1),
      },
    },
    {
      id: 'selection-outline',
      type: 'line',
      source: 'selection',
      paint: { 'line-color': SELECTION_INK, 'line-width': 3 },
    },
  ];
}
