/**
 * The reference layers: major rivers and lakes (Natural Earth 1:10m, public domain), thin and
 * pale, over the flat fills (so a line can be judged against them) but under borders, fronts
 * and labels, drawn from the base map's source by kind; and the outline of the former NKAO (our own authored line), a thin line
 * the user switches on, on by default before the oblast's abolition. None reads feature-state:
 * the outline is shown and hidden by its `line-opacity` alone, a paint property, so neither a
 * date change nor the toggle re-tiles anything.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { REFERENCE_LINE } from '../../style/palette';
import { type AtlasLayer, byZoom } from './expressions';
import { baseKind } from './sources';

/** Lake fill and river line: a water blue between the sea's and Azerbaijan's. */
export const WATER = { lake: '#b4d2e6', river: '#6fa6cf' } as const;

/** The former NKAO's outline: a dark violet no controller or front uses, over every fill. */
export const NKAO_LINE = { color: REFERENCE_LINE, opacity: 0.95 } as const;

/** The `line-opacity` of the NKAO outline, shown or not: the one property its toggle sets. */
export function nkaoLineOpacity(shown: boolean): number {
  return shown ? NKAO_LINE.opacity : 0;
}

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
    {
      id: 'reference-nkao',
      type: 'line',
      source: 'base',
      filter: baseKind('reference-line'),
      layout: { 'line-join': 'round' },
      // Hidden until the map says otherwise (MapView applies the state before the first frame).
      paint: {
        'line-color': NKAO_LINE.color,
        'line-width': byZoom([5, 1.2], [11, 2.4]),
        'line-opacity': nkaoLineOpacity(false),
      },
    },
  ];
}

/** The style with the NKAO outline shown or not, so the first frame draws it as the state says. */
export function withNkaoShown(style: StyleSpecification, shown: boolean): StyleSpecification {
  return {
    ...style,
    layers: style.layers.map((layer) =>
      layer.id === 'reference-nkao' && layer.type === 'line'
        ? { ...layer, paint: { ...layer.paint, 'line-opacity': nkaoLineOpacity(shown) } }
        : layer,
    ),
  };
}
