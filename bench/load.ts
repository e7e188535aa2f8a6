/**
 * One page load in a fresh browser context, timed from navigation to the page's readiness mark,
 * with what the page fetched (Resource Timing), its milestones and its long frames.
 */
import type { Browser } from 'playwright-core';
import { openWatchedPage } from '../e2e/browser';

export interface FetchedFile {
  /** Path on the server, such as `/data/base.json`. */
  path: string;
  start: number;
  /** Time to first byte and to response end, from navigation (ms). */
  firstByte: number;
  end: number;
  transfer: number;
  decoded: number;
}

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** The script that took the most of the frame, or what else it was. */
  source: string;
}

export interface LoadSample {
  ready: number;
  /**
   * Load-insensitive figures of the work before the first idle: the map's frames (its `render`
   * events), sources and layers (the page gives them as the detail of its readiness mark), and
   * the main thread's script and task time up to readiness (Chromium's Performance metrics).
   */
  work: { frames: number; sources: number; layers: number; scriptMs: number; taskMs: number };
  /** performance.mark()s the page set, from navigation (ms). */
  marks: Record<string, number>;
  files: FetchedFile[];
  frames: LongFrame[];
  frameType: string;
  problems: string[];
}

/**
 * Installed before the page's own scripts. Long Animation Frames attribute a long frame to the
 * script that ran in it; where Chromium lacks them, Long Tasks say at least that one happened.
 */
const OBSERVE_LONG_FRAMES = `(() => {
  performance.setResourceTimingBufferSize(2000);
  const frames = (globalThis.__benchLongFrames = []);
  const type = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')
    ? 'long-animation-frame' : 'longtask';
  globalThis.__benchLongFrameType = type;
  const file = (url) => (url ? url.replace(location.origin, '') : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.duration <= 50) continue;
      let source = e.name;
      if (type === 'long-animation-frame') {
        const top = [...(e.scripts || [])].sort((a, b) => b.duration - a.duration)[0];
        source = top
          ? file(top.invoker || top.invokerType) + ' in ' + (file(top.sourceURL) || 'inline') +
            (top.sourceFunctionName ? ' ' + top.sourceFunctionName + '()' : '') +
            ' (' + Math.round(top.duration) + ' ms of script)'
          : 'no script: style, layout, paint or GC';
      } else {
        source = (e.attribution || []).map((a) => a.containerSrc || a.name).join(', ') || e.name;
      }
      frames.push({ start: e.startTime, duration: e.duration,
        blocking: e.blockingDuration ?? Math.max(0, e.duration - 50), source });
    }
  }).observe({ type, buffered: true });
})();`;

export async function measureLoad(
  browser: Browser,
  url: string,
  readySelector: string,
  readyMark: string,
  detailed: boolean,
  /** Called as soon as the page is ready, before anything else is read or closed. */
  onReady?: () => void,
): Promise<LoadSample> {
  const origin = new URL(url).origin;
  const watched = await openWatchedPage(browser, origin);
  const { page } = watched;
  if (detailed) await page.context().addInitScript(OBSERVE_LONG_FRAMES);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(url);
    await page.waitForSelector(readySelector, { timeout: 120_000 });
    onReady?.();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
    const counted = await page.evaluate((mark) => {
      const ready = performance.getEntriesByName(mark, 'mark')[0] as PerformanceMark | undefined;
      const detail = (ready?.detail ?? {}) as {
        frames?: number;
        sources?: number;
        layers?: number;
      };
      return {
        frames: detail.frames ?? NaN,
        sources: detail.sources ?? NaN,
        layers: detail.layers ?? NaN,
      };
    }, readyMark);
    const work = { ...counted, scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration') };
    return {
      work,
      ...(await page.evaluate(
        async ({ mark, detailed }) => {
          // Files fetched after the first view (lazy chunks, fonts for a later panel) are part of
          // the record: wait until a second passes with nothing new (at most four).
          const count = () => performance.getEntriesByType('resource').length;
          for (
            let seen = count(), quiet = 0, waited = 0;
            detailed && quiet < 1000 && waited < 4000;
          ) {
            await new Promise((r) => setTimeout(r, 250));
            waited += 250;
            quiet = count() === seen ? quiet + 250 : 0;
            seen = count();
          }
          const marks = Object.fromEntries(
            performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
          );
          const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          // A file fetched twice (by the page and by the worker, say) is listed once.
          const unique = entries.filter(
            (r, i) => entries.findIndex((other) => other.name === r.name) === i,
          );
          const files = unique.map((r) => ({
            path: new URL(r.name).pathname,
            start: r.startTime,
            firstByte: r.responseStart,
            end: r.responseEnd,
            transfer: r.transferSize,
            decoded: r.decodedBodySize,
          }));
          const g = globalThis as unknown as {
            __benchLongFrames?: [];
            __benchLongFrameType?: string;
          };
          return {
            ready: marks[mark] ?? NaN,
            marks,
            files,
            frames: g.__benchLongFrames ?? [],
            frameType: g.__benchLongFrameType ?? 'none',
          };
        },
        { mark: readyMark, detailed },
      )),
      problems: watched.problems,
    };
  } finally {
    await page.context().close();
  }
}
