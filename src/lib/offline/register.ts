/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that keeps the built atlas working offline after one visit (see
 * `offline()` in vite.config.ts). It runs from the main bundle because the page's
 * Content-Security-Policy allows no inline script. The dev server's stub registers nothing.
 */
import { registerSW } from 'virtual:pwa-register';

/** Name of the worker's data cache for the data this build ships (set in vite.config.ts). */
declare const __ATLAS_DATA_CACHE__: string;

export interface OfflineHooks {
  /** A new build (new code or a new data version) is ready; `reload` switches to it. */
  onUpdate(reload: () => void): void;
}

/**
 * Requests every data file once more through the worker, which keeps them (network-first) in its
 * data cache: the first visit loaded them before the worker controlled the page.
 */
async function fillDataCache(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(__ATLAS_DATA_CACHE__);
  for (const url of urls) {
    if (!(await cache.match(url))) await fetch(url).catch(() => undefined);
  }
  // Data caches of earlier versions are dead weight once this version is kept.
  for (const name of await caches.keys()) {
    if (name.startsWith('atlas-data-') && name !== __ATLAS_DATA_CACHE__) await caches.delete(name);
  }
}

/** `dataUrls`: absolute addresses of the data files, to keep for offline use. */
export function registerOffline(dataUrls: readonly string[], hooks: OfflineHooks): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const fill = () => {
    fillDataCache(dataUrls).catch(() => undefined);
  };
  if (container.controller) fill();
  else container.addEventListener('controllerchange', fill, { once: true });
  const update = registerSW({
    onNeedRefresh: () => hooks.onUpdate(() => void update(true)),
    // A browser that refuses service workers (private mode, a policy, a test) just stays online.
    onRegisterError: () => undefined,
  });
}
