/**
 * Starts MapLibre's worker before the map exists: the worker's script (about 500 KB) then loads
 * and compiles while the data files download and are checked, instead of after them. (Without
 * WebGL2 no map is made and the idle worker costs only its download.)
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function prewarmMap(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
