/**
 * The benchmark's baseline: MapLibre alone drawing the base geography (countries, borders,
 * coasts) the way the app's base style does, with the app's first view and canvas settings. The
 * app's load time is compared with this page's, measured in the same run.
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type LayerSpecification,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { baseGeographyOf } from '../../src/lib/data/atlas-data';
import { PRESET_BOUNDS, viewPadding } from '../../src/lib/state/presets';
import { baseLayers } from '../../src/lib/map/style/base';

setWorkerUrl(workerUrl);

/** A layer of the app's merged `base` source, drawn from the bare page's own source instead. */
function plainSource(layer: LayerSpecification): LayerSpecification {
  if (!('source' in layer) || layer.source !== 'base') return layer;
  const plain = { ...layer, source: layer.id === 'coasts' ? 'coasts' : 'borders' };
  delete (plain as { filter?: unknown }).filter;
  return plain as LayerSpecification;
}

async function main(): Promise<void> {
  const topology = await (await fetch('data/base.json')).json();
  const base = baseGeographyOf(topology);
  // The app's milestones, by the same names after the prefix, for the breakdown side by side.
  performance.mark('bare-data-loaded');
  const container = document.getElementById('map')!;
  const map = new MapLibreMap({
    container,
    style: {
      version: 8,
      sources: {
        countries: { type: 'geojson', data: base.countries },
        borders: { type: 'geojson', data: base.borders },
        coasts: { type: 'geojson', data: base.coasts },
      },
      // The app's own base layers, fills and lines only: the baseline draws no labels. The app
      // draws borders and coasts from one source by kind; the baseline keeps the plain one
      // source per file it always had, so its figures stay comparable across changes.
      layers: baseLayers()
        .filter((layer) => layer.type !== 'symbol')
        .map(plainSource) as LayerSpecification[],
    },
    bounds: PRESET_BOUNDS['caucasus-pakistan'] as LngLatBoundsLike,
    fitBoundsOptions: { padding: viewPadding(container.clientWidth, container.clientHeight) },
    attributionControl: false,
    maxZoom: 14,
    renderWorldCopies: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: false },
  });
  map.once('style.load', () => performance.mark('bare-style-loaded'));
  map.once('render', () => performance.mark('bare-first-render'));
  map.once('load', () => performance.mark('bare-map-load'));
  let frames = 0;
  const countFrame = () => frames++;
  map.on('render', countFrame);
  map.once('idle', () => {
    map.off('render', countFrame);
    const detail = {
      frames,
      sources: Object.keys(map.getStyle().sources).length,
      layers: map.getLayersOrder().length,
    };
    performance.mark('bare-ready', { detail });
    container.dataset.ready = 'true';
  });
}

void main();
