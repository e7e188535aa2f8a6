/**
 * Holds the MapLibre map for the components around it. The map object is `$state.raw`: it is
 * replaced, never deeply proxied (proxying MapLibre's internals would be slow and wrong).
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { PRESET_BOUNDS, type PresetView, viewPadding } from '../state/presets';
import { prefersReducedMotion } from '../style/motion';

export class MapContext {
  map: MapLibreMap | null = $state.raw(null);
  /** True after the first `idle` with all data drawn. */
  ready = $state(false);

  /** Frames a preset view; with reduced motion asked for, it jumps there in one frame. */
  showPreset(view: PresetView): void {
    if (!this.map) return;
    const container = this.map.getContainer();
    this.map.fitBounds(PRESET_BOUNDS[view] as LngLatBoundsLike, {
      padding: viewPadding(container.clientWidth, container.clientHeight),
      duration: 600,
      animate: !prefersReducedMotion(),
    });
  }
}
