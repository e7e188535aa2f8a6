/**
 * Keeps the URL hash and the app state in step. MapLibre owns the `map=` parameter (its
 * `hash: 'map'` option rewrites it on every move and keeps the others), so this module writes
 * every other parameter and carries `map=` over verbatim.
 */
import type { AppState } from './app-state.svelte';
import { hashPairs, parseHash, serialiseHash } from './url';

function rawMapParam(hash: string): string | null {
  const pair = hashPairs(hash).find(([key]) => key === 'map');
  return pair ? pair[1] : null;
}

/** The hash for a state, with the current `map=` value kept in front. */
export function hashFor(app: AppState, currentHash: string): string {
  const rest = serialiseHash(app.toHash()).replace(/^#/, '');
  const map = rawMapParam(currentHash);
  const parts = [map !== null ? `map=${map}` : '', rest].filter((p) => p !== '');
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/** Reads the hash into the state now and on every `hashchange`; writes state changes back. */
export function syncWithUrl(app: AppState, win: Window = window): () => void {
  app.applyHash(parseHash(win.location.hash, app.range));

  const onHashChange = () => {
    // MapLibre's own `map=` updates use replaceState and fire no event; anything that does fire
    // is a user edit or a pasted link, and replaces the state.
    const parsed = parseHash(win.location.hash, app.range);
    app.applyHash(parsed);
  };
  win.addEventListener('hashchange', onHashChange);

  const stop = $effect.root(() => {
    $effect(() => {
      const next = hashFor(app, win.location.hash);
      if (next !== win.location.hash) {
        win.history.replaceState(win.history.state, '', next || win.location.pathname);
      }
    });
  });

  return () => {
    win.removeEventListener('hashchange', onHashChange);
    stop();
  };
}
