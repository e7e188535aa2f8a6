/**
 * The offline map style, built by one pure function per layer group from loaded data: glyphs
 * from our own origin, no sprite, no tiles, so no request leaves the page's origin. Date-dependent looks are
 * read from feature-state (see feature-state.ts), so a date change repaints without re-tiling.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { baseLayers } from './base';
import { compareLayers } from './compare';
import { controlLayers } from './control';
import { eventLayers } from './events';
import type { AtlasLayer } from './expressions';
import { interactionLayers } from './interaction';
import { HIDDEN_AT_START, LAYER_ORDER, LAZY_LAYERS, type LayerName } from './layer-order';
import { placeLayers } from './places';
import { referenceLayers } from './reference';
import { relationLayers } from './relations';
import { type StyleData, atlasSources } from './sources';
import { claimLayers } from './views';

/**
 * Every layer of every group, in LAYER_ORDER, those of HIDDEN_AT_START hidden and those of
 * LAZY_LAYERS left out (they are added with their source when first needed, see towns.ts,
 * which is not imported here so that it stays out of the first view's script); a layer missing
 * from a group is an error.
 */
export function atlasLayers(): AtlasLayer[] {
  const byName = new Map<LayerName, AtlasLayer>();
  const groups = [
    baseLayers,
    referenceLayers,
    controlLayers,
    relationLayers,
    compareLayers,
    eventLayers,
    placeLayers,
    claimLayers,
  ];
  for (const layer of [...groups.flatMap((g) => g()), ...interactionLayers()]) {
    if (byName.has(layer.id)) throw new Error(`layer ${layer.id} is built twice`);
    byName.set(layer.id, layer);
  }
  return LAYER_ORDER.filter((name) => !LAZY_LAYERS.includes(name)).map((name) => {
    const layer = byName.get(name);
    if (!layer) throw new Error(`no group builds layer ${name}`);
    if (!HIDDEN_AT_START.includes(name)) return layer;
    return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as AtlasLayer;
  });
}

/**
 * The glyph URL template for a page at `baseUri`: the app's own public/glyphs/ folder. Absolute,
 * as MapLibre fetches it; the placeholders are appended after resolving so they stay unescaped.
 */
export function glyphsUrl(baseUri: string): string {
  return `${new URL('glyphs/', baseUri).href}{fontstack}/{range}.pbf`;
}

/** The whole style: every source inline, every layer in LAYER_ORDER; `glyphs` from glyphsUrl. */
export function atlasStyle(data: StyleData, glyphs: string): StyleSpecification {
  return {
    version: 8,
    name: 'Caucasus Atlas (offline)',
    glyphs,
    sources: atlasSources(data),
    layers: atlasLayers(),
  };
}
