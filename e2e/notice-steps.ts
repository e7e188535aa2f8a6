/** Steps shared by the notice tests: change the hash as a user would, and read the notices. */
import type { Page } from 'playwright-core';

interface AtlasMap {
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

/**
 * Sets the hash as an edited address bar or a followed link does (a `hashchange`), and resolves
 * once the app has handled it: the app's listener runs first (it is registered at start), and
 * the DOM update it causes runs in a microtask, before this listener's timer fires.
 */
export async function changeHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(
    (next) =>
      new Promise<void>((done) => {
        if (location.hash === next) return done();
        addEventListener('hashchange', () => setTimeout(() => done(), 0), { once: true });
        location.hash = next;
      }),
    hash,
  );
}

export interface NoticeReading {
  count: number;
  /** Notices that appeared since the last reading (each notice is a new element). */
  fresh: string[];
  /** Height of the notice stack, CSS pixels. */
  height: number;
  /** Whether any notice (its dismiss button included) reaches past the viewport's sides. */
  overflows: boolean;
  /** Whether the page itself scrolls sideways. */
  pageScrollsSideways: boolean;
  /** Elements inside notices that a value of a link could only have made by being run as HTML. */
  injected: number;
}

/** Reads the notices, marking each as seen so the next reading reports only new ones. */
export function readNotices(page: Page): Promise<NoticeReading> {
  return page.evaluate(() => {
    const notices = [...document.querySelectorAll<HTMLElement>('[data-testid="notice"]')];
    const fresh = notices.filter((n) => !n.dataset.seen).map((n) => n.textContent ?? '');
    for (const n of notices) n.dataset.seen = 'yes';
    const stack = document.querySelector('.notices');
    const overflows = notices.some((n) =>
      [n, ...n.querySelectorAll('button')].some((e) => {
        const box = e.getBoundingClientRect();
        return box.left < 0 || box.right > innerWidth;
      }),
    );
    return {
      count: notices.length,
      fresh,
      height: stack ? stack.getBoundingClientRect().height : 0,
      overflows,
      pageScrollsSideways: document.documentElement.scrollWidth > innerWidth,
      injected: document.querySelectorAll('.notices img, .notices script, .notices iframe').length,
    };
  });
}

export function mapPose(page: Page): Promise<{ zoom: number; bearing: number; pitch: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlas: { map: AtlasMap } }).__atlas.map;
    return { zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  });
}
