/**
 * What the browser tests and the benchmark reach in the page, as `window.__atlas`: the map, and
 * the app's date setter. Only a test build installs it (VITE_ATLAS_TEST_HOOK=true); the call
 * site checks the flag, so a production build drops this module.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DayNumber } from '../time/days';

export interface AtlasTestHook {
  map: MapLibreMap;
  app: { setDay(day: DayNumber): void };
}

export function installTestHook(hook: AtlasTestHook): void {
  (window as unknown as { __atlas?: AtlasTestHook }).__atlas = { ...hook };
}
