/**
 * Reads the map's pixels for an exported image. The map keeps no copy of its last frame (no
 * `preserveDrawingBuffer`: that costs every frame), so the pixels are copied inside a `render`
 * callback, while the frame just drawn is still in the drawing buffer. For a sharper image the
 * map is drawn once at a higher pixel ratio, copied, and set back.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapSnapshot {
  /** The map's pixels, on a 2D canvas of the map's size times the pixel ratio. */
  image: HTMLCanvasElement;
  /** The ratio of image pixels to CSS pixels actually drawn (MapLibre may cap it). */
  pixelRatio: number;
  zoom: number;
  /** Latitude of the map's centre, where the scale bar's length holds. */
  latitude: number;
  /** Centre and zoom in the link's `map=` form: zoom/lat/lon. */
  position: { zoom: number; lat: number; lon: number };
}

function idle(map: MapLibreMap): Promise<void> {
  return new Promise((done) => {
    map.once('idle', () => done());
    map.triggerRepaint();
  });
}

/** Copies the next frame MapLibre draws, inside its `render` event. */
function nextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((done, fail) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) {
        fail(new Error('This browser cannot draw the exported image.'));
        return;
      }
      context.drawImage(source, 0, 0);
      done(copy);
    });
    map.triggerRepaint();
  });
}

/** The map as drawn now, at `pixelRatio` image pixels per CSS pixel (1: as on screen). */
export async function snapshotMap(map: MapLibreMap, pixelRatio: number): Promise<MapSnapshot> {
  const before = map.getPixelRatio();
  const changed = before !== pixelRatio;
  try {
    if (changed) {
      map.setPixelRatio(pixelRatio);
      // Labels and patterns are laid out again at the new ratio: wait until all is drawn.
      await idle(map);
    }
    const image = await nextFrame(map);
    const centre = map.getCenter();
    return {
      image,
      pixelRatio: image.width / map.getCanvas().clientWidth,
      zoom: map.getZoom(),
      latitude: centre.lat,
      position: { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng },
    };
  } finally {
    // Back to following the screen's own ratio (MapLibre's documented `null`).
    if (changed) map.setPixelRatio(null as unknown as number);
  }
}
