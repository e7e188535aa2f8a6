/**
 * What the browser tests and the benchmark reach in the page, as `window.__atlas`: the map, and
 * the app's date and view setters. Only a test build installs it (VITE_ATLAS_TEST_HOOK=true); the call
 * site checks the flag, so a production build drops this module.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DayNumber } from '../time/days';
import type { ViewId } from '../state/url';

export interface AtlasTestHook {
  map: MapLibreMap;
  app: { setDay(day: DayNumber): void; showView(view: ViewId): void };
}

export function installTestHook(hook: AtlasTestHook): void {
  (window as unknown as { __atlas?: AtlasTestHook }).__atlas = { ...hook };
}
