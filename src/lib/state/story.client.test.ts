import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { StoriesFile } from '../domain/stories';
import { AppState } from './app-state.svelte';
import { StoryState, stepHash } from './story.svelte';
import { syncWithUrl } from './url-sync.svelte';

const range = { first: '1988-01-01', last: '2025-09-30' };

const FILE: StoriesFile = {
  stories: [
    {
      id: 'test-story',
      title: 'A test story',
      steps: [
        {
          date: '1992-05-18',
          map: { zoom: 8, lat: 39.85, lon: 46.75 },
          select: 'event:lachin-1992',
          text: [
            { text: 'One.', sources: ['a'] },
            { text: 'Two.', sources: ['b'] },
          ],
        },
        {
          date: '2020-11-10',
          map: { bbox: [46, 39, 47, 40] },
          layers: ['relations', 'events'],
          focus: 'PK',
          text: [
            { text: 'Three.', sources: ['a'] },
            { text: 'Four.', sources: ['b'] },
          ],
        },
        {
          date: '2023-10-01',
          view: 'control',
          map: { zoom: 9, lat: 39.8, lon: 46.7 },
          select: 'place:stepanakert',
          text: [
            { text: 'Five.', sources: ['a'] },
            { text: 'Six.', sources: ['b'] },
          ],
        },
      ],
    },
  ],
};

class FakeWindow {
  location = { hash: '', pathname: '/' };
  history = {
    state: null,
    replaceState: (_s: unknown, _t: string, url: string) => {
      this.location.hash = url.startsWith('#') ? url : '';
    },
  };
  #listeners = new Set<() => void>();
  addEventListener(_type: string, l: () => void) {
    this.#listeners.add(l);
  }
  removeEventListener(_type: string, l: () => void) {
    this.#listeners.delete(l);
  }
  /** A user edit or pasted link: the hash changes and hashchange fires. */
  navigate(hash: string) {
    this.location.hash = hash;
    for (const l of this.#listeners) l();
  }
}

function setup(hash = '', load: () => Promise<StoriesFile> = () => Promise.resolve(FILE)) {
  const win = new FakeWindow();
  win.location.hash = hash;
  const app = new AppState(range);
  let loads = 0;
  const story = new StoryState({
    app,
    load: () => {
      loads += 1;
      return load();
    },
    viewport: () => ({ width: 1280, height: 600 }),
  });
  const stop = syncWithUrl(app, win as unknown as Window, story);
  return { win, app, story, stop, loads: () => loads };
}

/** Lets the loader's promise settle and the effects write the hash. */
async function settle() {
  await Promise.resolve();
  await Promise.resolve();
  flushSync();
}

describe('StoryState', () => {
  it('a link to a step loads the stories and applies that step; the URL follows', async () => {
    const { win, app, story, stop } = setup('#date=2000-01-01&story=test-story&step=3');
    expect(story.storyId).toBe('test-story');
    await settle();
    expect(app.date).toBe('2023-10-01');
    expect(app.selection).toEqual({ kind: 'place', id: 'stepanakert' });
    expect(story.index).toBe(2);
    expect(win.location.hash).toBe(
      '#map=9/39.8/46.7&date=2023-10-01&select=place:stepanakert&story=test-story&step=3',
    );
    stop();
  });

  it('next and previous walk the steps within the story, each applied', async () => {
    const { win, app, story, stop, loads } = setup();
    story.open('test-story');
    await settle();
    expect(app.date).toBe('1992-05-18');
    story.previous();
    expect(story.index).toBe(0);
    story.next();
    flushSync();
    expect(app.date).toBe('2020-11-10');
    expect(app.focus).toBe('PK');
    expect(app.layers).toEqual(['relations', 'events']);
    expect(app.selection).toBeNull();
    expect(win.location.hash).toContain('&story=test-story&step=2');
    story.next();
    story.next();
    expect(story.index).toBe(2);
    story.previous();
    flushSync();
    expect(app.date).toBe('2020-11-10');
    expect(loads()).toBe(1);
    stop();
  });

  it('close leaves the map as it is and takes story= out of the URL', async () => {
    const { win, app, story, stop } = setup('#story=test-story&step=1');
    await settle();
    story.close();
    flushSync();
    expect(app.date).toBe('1992-05-18');
    expect(win.location.hash).not.toContain('story=');
    expect(story.wanted).toBe(false);
    stop();
  });

  it('an edited address with another step applies it; one without story= closes it', async () => {
    const { win, app, story, stop } = setup('#story=test-story&step=1');
    await settle();
    win.navigate('#story=test-story&step=3');
    flushSync();
    expect(app.date).toBe('2023-10-01');
    win.navigate('#date=2001-01-01');
    flushSync();
    expect(story.storyId).toBeNull();
    expect(app.date).toBe('2001-01-01');
    stop();
  });

  it('an unknown story or a step past the end says so', async () => {
    const unknown = setup('#story=no-such-story&step=2');
    await settle();
    expect(unknown.story.storyId).toBeNull();
    expect(unknown.app.notices.map((n) => n.text).join(' ')).toContain('no-such-story');
    expect(unknown.win.location.hash).not.toContain('story=');
    unknown.stop();
    const past = setup('#story=test-story&step=9');
    await settle();
    expect(past.story.index).toBe(2);
    expect(past.app.date).toBe('2023-10-01');
    expect(past.win.location.hash).toContain('step=3');
    past.stop();
  });

  it('a failed load is reported and can be retried', async () => {
    let fail = true;
    const { story, app, stop } = setup('#story=test-story&step=2', () =>
      fail ? Promise.reject(new Error('stories.json could not be loaded')) : Promise.resolve(FILE),
    );
    await settle();
    expect(story.status).toBe('failed');
    expect(story.failure).toContain('stories.json');
    fail = false;
    story.retry();
    await settle();
    expect(story.status).toBe('ready');
    expect(app.date).toBe('2020-11-10');
    stop();
  });
});

describe('stepHash', () => {
  it('fits a bbox to the viewport and keeps the reader’s naming convention', () => {
    const hash = stepHash(
      FILE.stories[0]!.steps[1]!,
      { names: 'hy' },
      { width: 1024, height: 512 },
    );
    expect(hash.names).toBe('hy');
    expect(hash.map!.lat).toBeCloseTo(39.5, 1);
    expect(hash.map!.lon).toBeCloseTo(46.5, 5);
    // The height binds: one degree of latitude at 39.5° N is 1/360 of the world times
    // 1/cos(39.5°) = 1.296 in Mercator, so 512 px = 512 * 2^z * 1.296 / 360, z = log2(277.8).
    expect(hash.map!.zoom).toBeCloseTo(Math.log2(360 / (1 / Math.cos((39.5 * Math.PI) / 180))), 1);
  });
});
