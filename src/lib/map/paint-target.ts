/**
 * The few map operations painters use, so that painters can be driven by a fake map in tests
 * and MapLibre's wide API stays out of them.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { FeatureStateTarget } from './feature-state';
import type { LayerName } from './style/layer-order';

/**
 * Sources whose data painters replace: small, and changed only by a focus, selection or names;
 * `claims` is set once, when the claims view first loads its file.
 */
export type ReplacedSource = 'relation-lines' | 'selection' | 'places' | 'claims';

export interface PaintTarget extends FeatureStateTarget {
  setSourceData(source: ReplacedSource, data: FeatureCollection): void;
  setLayerVisible(layer: LayerName, visible: boolean): void;
}

export function paintTargetOf(map: MapLibreMap): PaintTarget {
  return {
    setFeatureState: (feature, state) => map.setFeatureState(feature, state),
    setSourceData: (source, data) => map.getSource<GeoJSONSource>(source)?.setData(data),
    setLayerVisible: (layer, visible) =>
      map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none'),
  };
}
