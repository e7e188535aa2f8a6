/**
 * The reference layer: major rivers and lakes (Natural Earth 1:10m, public domain), thin and
 * pale, beneath the control layer so they never compete with who held what. They never change
 * with the date: no filter, no feature-state.
 */
import { type AtlasLayer, byZoom } from './expressions';

/** Lake fill and river line: a water blue between the sea's and Azerbaijan's. */
export const WATER = { lake: '#b4d2e6', river: '#6fa6cf' } as const;

export function referenceLayers(): AtlasLayer[] {
  return [
    {
      id: 'water-lakes',
      type: 'fill',
      source: 'water',
      filter: ['==', ['get', 'kind'], 'lake'],
      paint: { 'fill-color': WATER.lake },
    },
    {
      id: 'water-rivers',
      type: 'line',
      source: 'water',
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': WATER.river, 'line-width': byZoom([5, 0.6], [10, 1.6]) },
    },
  ];
}
