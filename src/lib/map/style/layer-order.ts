/** Bottom to top: the one place that decides what draws over what. */
export const LAYER_ORDER = [
  'sea',
  'countries',
  'control-fill',
  'control-dots',
  'control-low-confidence',
  'control-transition',
  // The claims view's hatching: over control's fills (what is held), under the relations fill.
  'claims-hatch',
  // Over the control fills: the relations layer only draws while a focus is chosen, and then
  // its colours are what the map shows (control steps back to its front lines).
  'relations-fill',
  'relations-hatch',
  'relations-alliance',
  // A comparison of two days marks what changed over whichever fill shows.
  'compare-gained',
  'compare-lost',
  // Rivers and lakes over every flat fill, so the reference water shows where a line runs along
  // or across it (the Aras, the Kura, Lake Sevan), under coasts, borders, fronts and labels.
  'water-lakes',
  'water-rivers',
  'coasts',
  'borders',
  // The former NKAO's outline, when shown: over borders, under the fronts it is compared with.
  'reference-nkao',
  'control-fronts',
  // One outline per claimant, over borders and fronts, so overlapping claims show side by side.
  'claims-outline',
  'country-hover',
  'control-hover',
  'selection-outline',
  'relation-lines',
  // The gazetteer's towns and the checked villages: a source and layers added once, when first
  // zoomed in (LAZY_LAYERS).
  'town-dots',
  'place-dots',
  'event-markers',
  // The villages' labels under the registry's: those are placed first where labels collide.
  'town-labels',
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
  'control-transition': 'control',
  'control-fronts': 'control',
  'control-hover': 'control',
  'relations-fill': 'relations',
  'relations-hatch': 'relations',
  'relations-alliance': 'relations',
  'relation-lines': 'relations',
  'event-markers': 'events',
};

/**
 * Layers that would draw nothing in the first view and so start hidden: the relations layer
 * without a focus, the hover outlines before the pointer is over anything, and the selection's
 * outline before anything with an outline is selected (a hidden layer's source loads no tiles,
 * so the empty source costs the first view no tiling and no frame). Each still draws
 * every feature (transparent) when visible, and in software rendering that is a pass over the
 * whole screen per frame. The painters show them when they have something to draw.
 */
export const HIDDEN_AT_START: readonly LayerName[] = [
  'relations-fill',
  'relations-hatch',
  'relations-alliance',
  'relation-lines',
  'country-hover',
  'control-hover',
  'selection-outline',
  'compare-gained',
  'compare-lost',
];

/**
 * Layers whose source is added to the map only when first needed (the gazetteer's towns and the
 * checked villages, when the map is first zoomed in far enough): not in the first style; `lazyLayerBefore` says where
 * each goes when added.
 */
export const LAZY_LAYERS: readonly LayerName[] = ['town-dots', 'town-labels'];

/** The first layer above `name` in LAYER_ORDER that the map has, to insert `name` under it. */
export function lazyLayerBefore(name: LayerName, present: (id: LayerName) => boolean) {
  return LAYER_ORDER.slice(LAYER_ORDER.indexOf(name) + 1).find(present);
}

/** The comparison's patterns, shown only while comparing two days. */
export const COMPARE_LAYERS: readonly LayerName[] = ['compare-gained', 'compare-lost'];

/** The hover outlines, shown from the first hover on. */
export const HOVER_LAYERS: readonly LayerName[] = ['country-hover', 'control-hover'];
