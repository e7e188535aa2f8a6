/**
 * The reference layer: major rivers and lakes (Natural Earth 1:10m, public domain), thin and
 * pale, beneath the control layer so they never compete with who held what, drawn from the base
 * map's source by kind. They never change with the date: no feature-state.
 */
import { type AtlasLayer, byZoom } from './expressions';
import { baseKind } from './sources';

/** Lake fill and river line: a water blue between the sea's and Azerbaijan's. */
export const WATER = { lake: '#b4d2e6', river: '#6fa6cf' } as const;

export function referenceLayers(): AtlasLayer[] {
  return [
    {
      id: 'water-lakes',
      type: 'fill',
      source: 'base',
      filter: baseKind('lake'),
      paint: { 'fill-color': WATER.lake },
    },
    {
      id: 'water-rivers',
      type: 'line',
      source: 'base',
      filter: baseKind('river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': WATER.river, 'line-width': byZoom([5, 0.6], [10, 1.6]) },
    },
  ];
}
