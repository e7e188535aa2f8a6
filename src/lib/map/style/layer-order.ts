/** Bottom to top: the one place that decides what draws over what. */
export const LAYER_ORDER = [
  'sea',
  'countries',
  'water-lakes',
  'water-rivers',
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

/** The app layers a user switches (the `layers=` parameter). */
export type LayerGroup = 'control' | 'relations' | 'events';

/** Which app layer each map layer belongs to; the others always show. */
export const LAYER_GROUPS: Partial<Record<LayerName, LayerGroup>> = {
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
