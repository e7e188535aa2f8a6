/**
 * Keeps the URL hash and the app state in step, `map=` included: the map reports each move to
 * the state and follows the state's camera requests, so every parameter of a link is checked
 * here, once, and a link the map cannot show as it is gets a notice rather than being ignored.
 */
import type { AppState } from './app-state.svelte';
import { type HashState, type ParsedHash, parseHash, serialiseHash } from './url';

/** State kept beside AppState that has its own part of the hash (the open story). */
export interface HashPart {
  toHash(): Partial<HashState>;
  /** Called after AppState has read a hash. */
  followHash(state: HashState): void;
}

/** The hash that says what the state shows. */
export function hashFor(app: AppState, part?: HashPart): string {
  return serialiseHash({ ...app.toHash(), ...part?.toHash() });
}

/** Reads the hash into the state now and on every `hashchange`; writes state changes back. */
export function syncWithUrl(app: AppState, win: Window = window, part?: HashPart): () => void {
  /** The hash this module last read or wrote; anything else in the address is a user's edit. */
  let known = win.location.hash;
  const replace = (hash: string) => {
    if (hash !== win.location.hash) {
      win.history.replaceState(win.history.state, '', hash || win.location.pathname);
    }
    known = win.location.hash;
  };

  // A link's problems are shown once, and the URL is rewritten to say what is shown, so that
  // rejected values do not travel on when the link is copied.
  const apply = () => {
    known = win.location.hash;
    const parsed: ParsedHash = parseHash(known, app.range);
    app.applyHash(parsed);
    part?.followHash(parsed.state);
    if (parsed.rewrite) replace(hashFor(app, part));
  };
  apply();

  // The state's own updates below use replaceState and fire no event; anything that does fire
  // is a user edit or a pasted link, and replaces the state.
  win.addEventListener('hashchange', apply);

  const stop = $effect.root(() => {
    $effect(() => {
      const next = hashFor(app, part);
      // An edit whose hashchange has not arrived yet (the map can report the end of a move
      // first): writing now would overwrite it unread. Its hashchange replaces the state.
      if (win.location.hash !== known) return;
      replace(next);
    });
  });

  return () => {
    win.removeEventListener('hashchange', apply);
    stop();
  };
}
