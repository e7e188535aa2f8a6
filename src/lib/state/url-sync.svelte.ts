/**
 * Keeps the URL hash and the app state in step, `map=` included: the map reports each move to
 * the state and follows the state's camera requests, so every parameter of a link is checked
 * here, once, and a link the map cannot show as it is gets a notice rather than being ignored.
 *
 * Each change the reader makes is a history entry, so Back and Forward walk through them; which
 * changes push and which replace is decided in history-intent.ts.
 */
import type { AppState } from './app-state.svelte';
import { HistoryIntent } from './history-intent';
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

/**
 * Reads the hash into the state now and on every `hashchange` and `popstate`; writes state
 * changes back, as new history entries or over the current one as `history` decides.
 */
export function syncWithUrl(
  app: AppState,
  win: Window = window,
  part?: HashPart,
  history: HistoryIntent = new HistoryIntent(),
): () => void {
  /** The hash this module last read or wrote; anything else in the address is a user's edit. */
  let known = win.location.hash;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const write = (hash: string, mode: 'push' | 'replace') => {
    if (hash !== win.location.hash) {
      const url = hash || win.location.pathname;
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(win.history.state, '', url);
    }
    known = win.location.hash;
  };

  // A link's problems are shown once, and the URL is rewritten to say what is shown, so that
  // rejected values do not travel on when the link is copied. What applying it changes in the
  // state (and the clean-up of what the app rejects after it) replaces the entry it came with.
  const apply = () => {
    known = win.location.hash;
    history.settle();
    clearTimeout(settleTimer);
    // Effects run in microtasks; a timer runs after all of them.
    settleTimer = setTimeout(() => history.settled(), 0);
    const parsed: ParsedHash = parseHash(known, app.range);
    app.applyHash(parsed);
    part?.followHash(parsed.state);
    if (parsed.rewrite) write(hashFor(app, part), 'replace');
  };
  apply();

  // The state's own writes below fire no event; anything that does fire is a user edit, a
  // pasted link, or Back/Forward (both events may fire for one step: the second finds the
  // address already read), and replaces the state.
  const navigated = () => {
    if (win.location.hash !== known) apply();
  };
  win.addEventListener('hashchange', navigated);
  win.addEventListener('popstate', navigated);

  const stop = $effect.root(() => {
    $effect(() => {
      const next = hashFor(app, part);
      // An edit whose hashchange has not arrived yet (the map can report the end of a move
      // first): writing now would overwrite it unread. Its hashchange replaces the state.
      if (win.location.hash !== known) return;
      const mode = history.decide(known, next);
      if (mode !== 'none') write(next, mode);
    });
  });

  return () => {
    win.removeEventListener('hashchange', navigated);
    win.removeEventListener('popstate', navigated);
    clearTimeout(settleTimer);
    stop();
  };
}
