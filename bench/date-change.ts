/**
 * Date-change benchmark (issue 4): how long from a date change to the next frame in which the
 * map drew, and how many frames each change costs, for the app's feature-state painting and for
 * a baseline that switches the same data with `setData`, measured in the same run.
 */
import type { Browser, Page } from 'playwright-core';
import { openWatchedPage } from '../e2e/browser';
import { heapAfterGc } from './heap';
import { type FrameSample, describeFrames } from './frames-report';
import { toDay } from '../src/lib/time/days';

type Sample = FrameSample;

type Mode = 'app' | 'setData';

/**
 * Runs inside the page: `count` date changes cycling through `days`, either back to back (the
 * next change right after the previous one's first frame) or settled (after `idle`).
 */
async function measureInPage(
  page: Page,
  mode: Mode,
  days: number[],
  count: number,
  settle: boolean,
) {
  return page.evaluate(
    async ({ mode, days, count, settle }) => {
      type Atlas = {
        map: import('maplibre-gl').Map;
        app: { setDay(day: number): void };
        bench: { setDataAt(day: number): void; useBaseline(on: boolean): void };
      };
      const atlas = (window as unknown as { __atlas: Atlas }).__atlas;
      const { map } = atlas;
      atlas.bench.useBaseline(mode === 'setData');
      await new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      });
      type Sample = { drawn: number; idle: number; frames: number };
      const samples: Sample[] = [];
      for (let i = 0; i < count; i++) {
        const day = days[i % days.length]!;
        const sample = await new Promise<Sample>((done) => {
          let frames = 0;
          let drawn = NaN;
          // The app's feature-state is drawn by the first frame after the change; the baseline's
          // new data only by the first frame after the worker has re-tiled the source.
          let dataReady = mode === 'app';
          const start = performance.now();
          // A change that draws nothing would otherwise wait for ever: give up after 5 s.
          const timer = setTimeout(() => finish(NaN), 5000);
          const finish = (idle: number) => {
            clearTimeout(timer);
            map.off('render', onRender);
            map.off('idle', onIdle);
            map.off('sourcedata', onSourceData);
            done({ drawn, idle, frames });
          };
          const onSourceData = (e: import('maplibre-gl').MapSourceDataEvent) => {
            // Tile events come only once the worker has cut the new data into tiles.
            if (e.sourceId === 'bench-baseline' && e.tile && e.isSourceLoaded) dataReady = true;
          };
          const onRender = () => {
            frames++;
            if (Number.isNaN(drawn) && dataReady) {
              drawn = performance.now() - start;
              if (!settle) finish(NaN);
            }
          };
          const onIdle = () => finish(performance.now() - start);
          map.on('render', onRender);
          map.on('sourcedata', onSourceData);
          if (settle) map.on('idle', onIdle);
          if (mode === 'app') atlas.app.setDay(day);
          else atlas.bench.setDataAt(day);
        });
        samples.push(sample);
        if (settle) await new Promise((r) => setTimeout(r, 50));
      }
      return samples;
    },
    { mode, days, count, settle },
  );
}

async function heapAfterChanges(
  page: Page,
  days: number[],
  changes: number,
): Promise<[number, number]> {
  const before = await heapAfterGc(page);
  await measureInPage(page, 'app', days, changes, false);
  const after = await heapAfterGc(page);
  return [before, after];
}

function report(label: string, all: Sample[], settled: boolean): string {
  return describeFrames(label, all, settled, 'date', 'changes');
}

/**
 * Runs the date-change figures on the test build (they drive the app through its test hook) and
 * returns the JS heap after forced GC before and after the whole run.
 */
export async function runDateChangeBench(
  browser: Browser,
  origin: string,
): Promise<{ before: number; after: number }> {
  const watched = await openWatchedPage(browser, origin);
  const page = watched.page;
  await page.goto(`${origin}/#map=7/40.0/46.5&date=1995-01-01`);
  await page.waitForSelector('.map[data-ready="true"]', { timeout: 120_000 });
  // Days on which control changes: each step of the benchmark really changes the map.
  const summary = (await (await fetch(`${origin}/data/control-summary.json`)).json()) as {
    changeDates: string[];
  };
  const days = summary.changeDates.map(toDay);
  const heapAtStart = await heapAfterGc(page);
  await page.evaluate(installBaseline);

  console.log(
    `\nDate changes at 1280x800, Karabakh view, ${days.length} distinct change days cycled`,
  );
  const appBack = await measureInPage(page, 'app', days, 200, false);
  const appSettled = await measureInPage(page, 'app', days, 200, true);
  const baseBack = await measureInPage(page, 'setData', days, 200, false);
  const baseSettled = await measureInPage(page, 'setData', days, 200, true);
  console.log(report('app, back to back', appBack, false));
  console.log(report('setData, back to back', baseBack, false));
  console.log(report('app, settled', appSettled, true));
  console.log(report('setData, settled', baseSettled, true));
  const [before, after] = await heapAfterChanges(page, days, 1000);
  console.log(
    `  JS heap after GC: ${(before / 1048576).toFixed(1)} MB before, ${(after / 1048576).toFixed(1)} MB after 1,000 changes (${after >= before ? '+' : ''}${((after - before) / 1048576).toFixed(2)} MB)`,
  );
  if (watched.problems.length) console.log(`  page problems: ${watched.problems.join('; ')}`);
  const heapAtEnd = await heapAfterGc(page);
  await page.context().close();
  return { before: heapAtStart, after: heapAtEnd };
}

/**
 * The baseline, installed in the page: a copy of the control pieces as their own source, whose
 * features carry the controller of the day as a property, replaced by `setData` on each change.
 * The pieces with their timelines come from the published file (the map's own source keeps
 * only what it draws).
 */
async function installBaseline(): Promise<void> {
  type Piece = { timeline: { from: string; to: string | null; controller: string }[] };
  const atlas = (window as unknown as { __atlas: Record<string, unknown> }).__atlas as {
    map: import('maplibre-gl').Map;
    bench?: unknown;
  };
  const map = atlas.map;
  const pieces = (await (
    await fetch('data/control-pieces.geojson')
  ).json()) as GeoJSON.FeatureCollection<GeoJSON.Geometry, Piece>;
  const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  const fillColour = map.getPaintProperty('control-fill', 'fill-color') as unknown[];
  // The app's colour expression reads feature-state; the baseline reads the same key from the
  // feature's properties instead.
  const byProperty = JSON.parse(
    JSON.stringify(fillColour).replace('"feature-state","controller"', '"get","controller"'),
  );
  map.addSource('bench-baseline', {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
  });
  map.addLayer(
    {
      id: 'bench-baseline',
      type: 'fill',
      source: 'bench-baseline',
      layout: { visibility: 'none' },
      paint: { 'fill-color': byProperty, 'fill-opacity': 0.78 },
    },
    'control-fill',
  );
  const controlLayers = [
    'control-fill',
    'control-dots',
    'control-low-confidence',
    'control-transition',
    'control-fronts',
  ];
  (atlas as { bench: unknown }).bench = {
    useBaseline(on: boolean) {
      map.setLayoutProperty('bench-baseline', 'visibility', on ? 'visible' : 'none');
      for (const id of controlLayers)
        map.setLayoutProperty(id, 'visibility', on ? 'none' : 'visible');
    },
    setDataAt(day: number) {
      const features = pieces.features.map((f) => {
        const entry = f.properties.timeline.find(
          (e) => toDay(e.from) <= day && (e.to === null || day < toDay(e.to)),
        );
        return { ...f, properties: { controller: entry?.controller ?? '' } };
      });
      (map.getSource('bench-baseline') as import('maplibre-gl').GeoJSONSource).setData({
        type: 'FeatureCollection',
        features,
      });
    },
  };
}
