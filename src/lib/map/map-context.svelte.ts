/**
 * Holds the MapLibre map for the components around it. The map object is `$state.raw`: it is
 * replaced, never deeply proxied (proxying MapLibre's internals would be slow and wrong).
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds, Frame } from '../domain/frame';
import {
  type OverlayEdges,
  PRESET_BOUNDS,
  type PresetView,
  selectionPadding,
  viewPadding,
} from '../state/presets';
import { prefersReducedMotion } from '../style/motion';

/**
 * How the map can draw: `webgl` normally; `lost` while the browser has taken its graphics
 * context away (it may give it back); `no-webgl` when the browser has no WebGL2 at all.
 */
export type MapMode = 'webgl' | 'lost' | 'no-webgl';

/** How close a picked point is shown: a town and its surroundings (streets need not show). */
export const POINT_ZOOM = 10;
/** How close a picked outline may be shown at most, so a small zone keeps some context. */
const OUTLINE_MAX_ZOOM = 11;
/** Half the side, in degrees, of the box a point is framed in (fitBounds needs an extent). */
const POINT_BOX = 0.01;

export class MapContext {
  map: MapLibreMap | null = $state.raw(null);
  /** True after the first `idle` with all data drawn, or at once when there is no WebGL2. */
  ready = $state(false);
  mode: MapMode = $state('webgl');
  /** The overlays' edges as the app last measured them; framing keeps clear of them. */
  overlays: OverlayEdges | undefined = undefined;

  /**
   * Frames a preset view, leaving room for the details panel when one is open; with reduced
   * motion asked for, it jumps there in one frame.
   */
  showPreset(view: PresetView, panelOpen = false): void {
    this.#fit(PRESET_BOUNDS[view], panelOpen, undefined);
  }

  /** Frames what was picked (search, a tick, a chip, a link) beside the open details panel. */
  showFrame(frame: Frame): void {
    if (frame.kind === 'bounds') {
      this.#fit(frame.bounds, true, OUTLINE_MAX_ZOOM);
      return;
    }
    const { lon, lat } = frame;
    const box: Bounds = [
      [lon - POINT_BOX, lat - POINT_BOX],
      [lon + POINT_BOX, lat + POINT_BOX],
    ];
    this.#fit(box, true, POINT_ZOOM);
  }

  #fit(bounds: Bounds, panelOpen: boolean, maxZoom: number | undefined): void {
    if (!this.map) return;
    const container = this.map.getContainer();
    const [width, height] = [container.clientWidth, container.clientHeight];
    this.map.fitBounds(bounds as LngLatBoundsLike, {
      padding: panelOpen
        ? selectionPadding(width, height, this.overlays)
        : viewPadding(width, height),
      ...(maxZoom === undefined ? {} : { maxZoom }),
      duration: 700,
      animate: !prefersReducedMotion(),
    });
  }
}
