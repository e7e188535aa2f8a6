/**
 * The gazetteer's towns and the checked villages as a lazy source: the file and the chunk that
 * styles it (style/towns.ts) are fetched and the `towns` source and its layers are added once,
 * the first time the map is at TOWNS_LOAD_ZOOM or closer (at load, for a link that opens zoomed
 * in, or when the user first zooms in). Nothing here runs on a date change: the towns never
 * change with the date.
 */
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Town } from '../domain/places';
import { type LayerName, lazyLayerBefore } from './style/layer-order';
import { TOWNS_LOAD_ZOOM } from './style/places';

/** The map operations the loader uses (MapLibre's map provides them). */
export type TownMap = Pick<
  MapLibreMap,
  'getZoom' | 'on' | 'off' | 'addSource' | 'addLayer' | 'getLayer' | 'getSource'
>;

/**
 * Watches the zoom and adds the towns once. Where the opening view shows towns, it returns a
 * promise that settles once they are added to the map (or their fetch failed), so the first
 * view can wait for them; null where it shows none. A failed fetch is retried on the next zoom
 * in.
 */
export function addTownsWhenZoomedIn(
  map: TownMap,
  load: () => Promise<Town[]>,
): Promise<void> | null {
  let pending: Promise<void> | null = null;
  const add = ([towns, { townsSource, townLayers }]: [Town[], typeof import('./style/towns')]) => {
    if (map.getSource('towns')) return;
    map.addSource('towns', townsSource(towns));
    for (const layer of townLayers()) {
      const before = lazyLayerBefore(layer.id, (id: LayerName) => Boolean(map.getLayer(id)));
      map.addLayer(layer as LayerSpecification, before);
    }
  };
  const ensure = (): Promise<void> => {
    pending ??= Promise.all([load(), import('./style/towns')]).then(add, () => {
      // Not fatal: the towns are reference only. Try again on the next zoom in.
      pending = null;
      map.on('zoomend', onZoom);
    });
    return pending;
  };
  const onZoom = () => {
    if (map.getZoom() < TOWNS_LOAD_ZOOM) return;
    map.off('zoomend', onZoom);
    void ensure();
  };
  if (map.getZoom() >= TOWNS_LOAD_ZOOM) return ensure();
  map.on('zoomend', onZoom);
  return null;
}
