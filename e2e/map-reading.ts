/**
 * Reads what the rendered map shows at a place, as a person comparing it with the legend would.
 * Labels and markers are hidden while reading, so only the area's own colour is sampled.
 */
import type { Page } from 'playwright-core';
import type { Controller } from '../src/lib/domain/types';
import { HATCH_TINT } from '../src/lib/map/patterns';
import { CONTROLLER_FILLS, HATCHED_RELATIONS, RELATION_FILLS } from '../src/lib/style/palette';
import {
  type Rgb,
  blend,
  colourAt,
  hexToRgb,
  mapIdle,
  nearestColour,
  screenPoint,
} from './browser';

const OVERLAYS = [
  'place-dots',
  'place-labels',
  'town-dots',
  'town-labels',
  'country-labels',
  'event-markers',
  'relation-lines',
];

/** Hides (or shows again) the label and marker layers drawn over the areas. */
export async function showOverlays(page: Page, visible: boolean): Promise<void> {
  await page.evaluate(
    ([layers, on]) => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
        .map;
      for (const id of layers as string[]) {
        if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      }
    },
    [OVERLAYS, visible] as const,
  );
  await mapIdle(page);
}

function swatches(colours: Record<string, string>): Record<string, Rgb> {
  return Object.fromEntries(Object.entries(colours).map(([k, hex]) => [k, hexToRgb(hex)]));
}

/** Pattern dots and hatching lines are not the area's colour. */
const PATTERN_INK: Rgb[] = [
  [30, 30, 30],
  [60, 60, 60],
  [255, 255, 255],
];

/**
 * The colours a reader matches against: each fill, and for the statuses always drawn hatched,
 * the fill under the hatching's pale veil instead (the tone between the dark lines, as the
 * legend's swatch shows it), since the map never shows those plain.
 */
function candidates(colours: Record<string, string>, hatched: readonly string[]) {
  const [r, g, b, a] = HATCH_TINT;
  return Object.fromEntries(
    Object.entries(swatches(colours)).map(([k, rgb]) => [
      k,
      hatched.includes(k) ? blend([r, g, b], rgb, a / 255) : rgb,
    ]),
  );
}

async function shownAt(
  page: Page,
  lon: number,
  lat: number,
  colours: Record<string, string>,
  hatched: readonly string[] = [],
) {
  const p = await screenPoint(page, lon, lat);
  const seen = await colourAt(page, p.x, p.y, 7, PATTERN_INK);
  return nearestColour(seen, candidates(colours, hatched));
}

/** The controller whose map colour is nearest to what the map shows at a longitude/latitude. */
export async function controllerShownAt(page: Page, lon: number, lat: number): Promise<Controller> {
  return (await shownAt(page, lon, lat, CONTROLLER_FILLS)) as Controller;
}

/** The relation status whose map colour is nearest to what the map shows at a point. */
export async function relationShownAt(page: Page, lon: number, lat: number): Promise<string> {
  return shownAt(page, lon, lat, RELATION_FILLS, HATCHED_RELATIONS);
}
