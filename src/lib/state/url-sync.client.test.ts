import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AppState } from './app-state.svelte';
import { HistoryIntent } from './history-intent';
import { hashFor, syncWithUrl } from './url-sync.svelte';

const range = { first: '1988-01-01', last: '2025-09-30' };

/**
 * Just enough of a window: a location hash, a session history (push, replace, Back, Forward)
 * and hashchange/popstate listeners.
 */
class FakeWindow {
  location = { hash: '', pathname: '/atlas/' };
  replaced: string[] = [];
  pushed: string[] = [];
  /** The session history's entries (their hashes) and the current one. */
  entries: string[] = [''];
  at = 0;
  #listeners = new Map<string, Set<() => void>>();
  history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      this.replaced.push(url);
      this.location.hash = url.startsWith('#') ? url : '';
      this.entries[this.at] = this.location.hash;
    },
    pushState: (_state: unknown, _title: string, url: string) => {
      this.pushed.push(url);
      this.location.hash = url.startsWith('#') ? url : '';
      this.entries = [...this.entries.slice(0, this.at + 1), this.location.hash];
      this.at = this.entries.length - 1;
    },
  };

  addEventListener(type: string, listener: () => void): void {
    const set = this.#listeners.get(type) ?? new Set();
    set.add(listener);
    this.#listeners.set(type, set);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.#listeners.get(type)?.delete(listener);
  }

  get listening(): number {
    return [...this.#listeners.values()].reduce((n, set) => n + set.size, 0);
  }

  #fire(type: string): void {
    for (const listener of this.#listeners.get(type) ?? []) listener();
  }

  /** What the browser does when the user edits the address or follows a link. */
  navigate(hash: string): void {
    this.location.hash = hash;
    this.entries = [...this.entries.slice(0, this.at + 1), hash];
    this.at = this.entries.length - 1;
    this.#fire('hashchange');
  }

  /** Back (-1) or Forward (+1): Chromium fires popstate, then hashchange. */
  go(delta: number): void {
    this.at = Math.max(0, Math.min(this.entries.length - 1, this.at + delta));
    this.location.hash = this.entries[this.at]!;
    this.#fire('popstate');
    this.#fire('hashchange');
  }
}

/** Lets the settling after a link or Back/Forward end (it ends after a macrotask). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('syncWithUrl', () => {
  let win: FakeWindow;
  let app: AppState;
  const start = () => {
    const stop = syncWithUrl(app, win as unknown as Window);
    flushSync();
    return stop;
  };

  beforeEach(() => {
    win = new FakeWindow();
    app = new AppState(range);
  });

  it('rewrites a map= the map would ignore before the map reads it, and says so', () => {
    start();
    win.navigate('#map=23/40/45&date=2000-01-01');
    expect(win.location.hash).toBe('#map=14/40/45&date=2000-01-01');
    expect(app.notices).toHaveLength(1);
    win.navigate('#map=5/40/45/992&date=2000-01-01');
    expect(win.location.hash).toBe('#map=5/40/45/-88&date=2000-01-01');
    win.navigate('#map=5/157/45&focus=AM');
    // The map stays where it was, and the URL says so.
    expect(win.location.hash).toBe(`#map=5/40/45/-88&date=${range.last}&focus=AM`);
    expect(app.notices.at(-1)!.text).toContain('“map=5/157/45”');
  });

  it('does not overwrite an edit whose hashchange has not arrived yet', () => {
    start();
    // The user's edit is in the address; the map reports the end of a move before the event.
    win.location.hash = '#date=1999-13-40';
    app.mapMoved({ zoom: 6, lat: 40, lon: 45 });
    flushSync();
    expect(win.location.hash).toBe('#date=1999-13-40');
    win.navigate('#date=1999-13-40');
    expect(app.notices).toHaveLength(1);
  });

  it('removes what it ignored from the URL', () => {
    start();
    win.navigate(`#date=1999-02-30&foo=${'x'.repeat(100_000)}&date=2001-01-01&layers=control,rain`);
    expect(win.location.hash).toBe(`#date=${range.last}&layers=control`);
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.details).toHaveLength(4);
  });

  it('reads the hash into the state when it starts', () => {
    win.location.hash = '#map=7/40.1/45.9&date=1994-05-12&layers=relations&focus=AM';
    start();
    expect(app.date).toBe('1994-05-12');
    expect(app.layers).toEqual(['relations']);
    expect(app.focus).toBe('AM');
  });

  it('writes the date on start even when the hash had none, without an extra history entry', () => {
    start();
    expect(win.location.hash).toBe('#date=2025-09-30');
    expect(win.replaced).toEqual(['#date=2025-09-30']);
  });

  it('writes state changes back, keeping MapLibre’s map= first and verbatim', () => {
    win.location.hash = '#map=7.25/40.1/45.9&date=1994-05-12';
    start();
    app.setDay(toDay('2020-11-10'));
    app.select({ kind: 'zone', id: 'shusha' });
    flushSync();
    expect(win.location.hash).toBe('#map=7.25/40.1/45.9&date=2020-11-10&select=zone:shusha');
  });

  it('writes where the map moved to, and keeps it when other state changes', () => {
    start();
    app.mapMoved({ zoom: 9, lat: 39.8, lon: 46.7 });
    flushSync();
    expect(win.location.hash).toBe('#map=9/39.8/46.7&date=2025-09-30');
    app.setDay(toDay('2000-01-01'));
    flushSync();
    expect(win.location.hash).toBe('#map=9/39.8/46.7&date=2000-01-01');
    expect(app.camera).toBeNull();
  });

  it('asks the map to move for each link with map=, the same one again included', () => {
    start();
    win.navigate('#map=9/39.8/46.7');
    const first = app.camera;
    expect(first?.position).toEqual({ zoom: 9, lat: 39.8, lon: 46.7 });
    app.mapMoved({ zoom: 4, lat: 30, lon: 60 });
    win.navigate('#map=9/39.8/46.7&date=2000-01-01');
    expect(app.camera?.request).toBeGreaterThan(first!.request);
  });

  it('does not rewrite a hash that already says the state', () => {
    win.location.hash = '#date=1994-05-12';
    start();
    expect(win.replaced).toEqual([]);
  });

  it('replaces the state on hashchange, defaults included, and reports what it ignored', () => {
    win.location.hash = '#date=1994-05-12&focus=AM';
    start();
    win.navigate('#date=1999-13-40&names=az');
    flushSync();
    expect(app.date).toBe('2025-09-30');
    expect(app.focus).toBeNull();
    expect(app.names).toBe('az');
    expect(app.notices).toHaveLength(1);
    expect(win.location.hash).toBe('#date=2025-09-30&names=az');
  });

  it('stops listening and writing once stopped', () => {
    const stop = start();
    stop();
    expect(win.listening).toBe(0);
    const before = win.location.hash;
    app.setDay(toDay('2000-01-01'));
    flushSync();
    expect(win.location.hash).toBe(before);
  });
});

describe('syncWithUrl history', () => {
  let win: FakeWindow;
  let app: AppState;
  let history: HistoryIntent;

  beforeEach(async () => {
    win = new FakeWindow();
    app = new AppState(range);
    history = new HistoryIntent();
    syncWithUrl(app, win as unknown as Window, undefined, history);
    flushSync();
    await settle();
  });

  it('makes each date change an entry, and Back twice returns to the first date', async () => {
    app.setDay(toDay('2000-01-01'));
    flushSync();
    app.setDay(toDay('2010-06-15'));
    flushSync();
    expect(win.pushed).toEqual(['#date=2000-01-01', '#date=2010-06-15']);
    win.go(-1);
    flushSync();
    expect(app.date).toBe('2000-01-01');
    await settle();
    win.go(-1);
    flushSync();
    expect(app.date).toBe(range.last);
    expect(win.location.hash).toBe(`#date=${range.last}`);
    await settle();
    win.go(+2);
    flushSync();
    expect(app.date).toBe('2010-06-15');
    // Walking the history wrote nothing.
    expect(win.pushed).toHaveLength(2);
  });

  it('replaces the entry for a map move, and pushes for layers, focus, selection and names', () => {
    app.mapMoved({ zoom: 6, lat: 40, lon: 45 });
    flushSync();
    expect(win.pushed).toEqual([]);
    app.toggleLayer('events', false);
    flushSync();
    app.setFocus('AM');
    flushSync();
    app.select({ kind: 'zone', id: 'shusha' });
    flushSync();
    app.setConvention('hy');
    flushSync();
    expect(win.pushed).toHaveLength(4);
    expect(win.entries).toHaveLength(5);
  });

  it('makes one entry of a gesture, and a new one for the next gesture', () => {
    for (const date of ['2001-01-01', '2001-01-02', '2001-01-03']) {
      history.next(7);
      app.setDay(toDay(date));
      flushSync();
    }
    expect(win.pushed).toEqual(['#date=2001-01-01']);
    expect(win.location.hash).toBe('#date=2001-01-03');
    history.next(8);
    app.setDay(toDay('2002-01-01'));
    flushSync();
    expect(win.pushed).toHaveLength(2);
  });

  it('replaces the entry of a link, and the clean-up of what it rejected', () => {
    win.navigate('#date=2000-01-01&select=zone:nowhere');
    app.dropUnknownSelection();
    flushSync();
    expect(win.pushed).toEqual([]);
    expect(win.location.hash).toBe('#date=2000-01-01');
    expect(win.entries).toEqual(['#date=2025-09-30', '#date=2000-01-01']);
  });
});

describe('hashFor', () => {
  it('puts the current map= first, verbatim, and the state after it', () => {
    const app = new AppState(range);
    expect(hashFor(app)).toBe('#date=2025-09-30');
    app.mapMoved({ zoom: 5, lat: 40, lon: 45 });
    expect(hashFor(app)).toBe('#map=5/40/45&date=2025-09-30');
  });
});
