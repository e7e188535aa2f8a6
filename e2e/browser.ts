/**
 * Debian's Chromium driven by playwright-core (nothing is downloaded). Every page is watched:
 * a page error, a console error, a Content-Security-Policy violation, or a request to any origin
 * but the test server fails the test.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Everything that went wrong on the page so far; a test fails if this is not empty. */
  problems: string[];
}

export interface WatchOptions {
  /** Loads axe-core into every document of the page (see e2e/accessibility.ts). */
  axe?: boolean;
  /** A touch screen (`page.touchscreen.tap` works), as on a phone. */
  touch?: boolean;
}

const require = createRequire(import.meta.url);

/**
 * Reports each Content-Security-Policy violation to the test. Init scripts are run by the
 * browser itself, so the policy does not block this one.
 */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  globalThis.__reportCspViolation?.(
    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'an inline resource') +
      ' (' + (e.sourceFile || 'document') + ':' + e.lineNumber + ')',
  );
}, true);`;

export async function openWatchedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
  options: WatchOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    serviceWorkers: 'block',
    hasTouch: options.touch === true,
  });
  const problems: string[] = [];
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames, which calls a
  // `__name` helper that only exists in Node; give the page a no-op one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.exposeFunction('__reportCspViolation', (text: string) => {
    problems.push(`content security policy: ${text}`);
  });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  if (options.axe) await context.addInitScript({ path: require.resolve('axe-core/axe.min.js') });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.push(`request left the test server: ${url}`);
    return route.abort();
  });
  return { page, problems };
}

/** Opens the app at `hash` and waits for the map's first `idle` with all data drawn. */
export async function openAtlas(watched: WatchedPage, origin: string, hash = ''): Promise<void> {
  await watched.page.goto(`${origin}/${hash}`);
  await watched.page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
}

/** Resolves on the map's next `idle` (all tiles loaded, no transition, nothing left to draw). */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) {
          // A pending repaint (feature-state change) still counts as work: wait for it.
          map.once('idle', () => done());
          map.triggerRepaint();
        } else map.once('idle', () => done());
      }),
  );
}

/** Screen position of a longitude/latitude on the map canvas (CSS pixels, page coordinates). */
export async function screenPoint(
  page: Page,
  lon: number,
  lat: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lo, la]) => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
        .map;
      const p = map.project([lo, la]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    },
    [lon, lat] as const,
  );
}

export type Rgb = [number, number, number];

/**
 * The colour the user sees around a page position: the most frequent colour of a small square
 * of the screenshot, so a pattern dot or a label pixel does not decide the reading.
 */
export async function colourAt(
  page: Page,
  x: number,
  y: number,
  size = 9,
  ignore: readonly Rgb[] = [],
): Promise<Rgb> {
  const half = Math.floor(size / 2);
  const buffer = await page.screenshot({
    clip: { x: Math.round(x) - half, y: Math.round(y) - half, width: size, height: size },
  });
  const png = PNG.sync.read(buffer);
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const rgb: Rgb = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (ignore.some((c) => colourDistance(c, rgb) < 60)) continue;
    const key = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) throw new Error(`only ignored colours around ${x},${y}`);
  const [key] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  return [(key >> 16) & 255, (key >> 8) & 255, key & 255];
}

/** `top` painted with `opacity` over `bottom`, as the GPU blends it. */
export function blend(top: Rgb, bottom: Rgb, opacity: number): Rgb {
  return top.map((c, i) => Math.round(c * opacity + bottom[i]! * (1 - opacity))) as Rgb;
}

/** The name of the candidate colour nearest to `seen`. */
export function nearestColour(seen: Rgb, candidates: Record<string, Rgb>): string {
  return Object.entries(candidates).reduce((best, entry) =>
    colourDistance(seen, entry[1]) < colourDistance(seen, best[1]) ? entry : best,
  )[0];
}

export function hexToRgb(hex: string): Rgb {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
