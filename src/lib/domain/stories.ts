/**
 * Guided stories: a short sequence of steps, each setting the day, the view, the map position,
 * the layers, a focus and a selection, with two or three cited sentences. Stories are data
 * (geo/stories/stories.json, published as public/data/stories.json); this module has their
 * types and the pure rules the state and the card need. Imports only time/.
 */
import type { IsoDate } from '../time/days';

export const STORY_VIEWS = ['control', 'recognised', 'claims'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];
export const STORY_LAYERS = ['control', 'relations', 'events'] as const;
export type StoryLayer = (typeof STORY_LAYERS)[number];

/** Where the map goes: a position (MapLibre's zoom/lat/lon), or bounds to fit. */
export type StoryMap =
  | { zoom: number; lat: number; lon: number }
  | { bbox: [west: number, south: number, east: number, north: number] };

/** One sentence of a step, with the bibliography ids that support it. */
export interface StorySentence {
  text: string;
  sources: string[];
}

export interface StoryStep {
  date: IsoDate;
  view?: StoryView;
  map: StoryMap;
  /** The layers shown; absent: control and events. */
  layers?: StoryLayer[];
  /** A country code or an entity id (ABK, OSS, NKR), as `focus=` takes it. */
  focus?: string;
  /** A selection as `select=` writes it: `event:<id>`, `zone:<id>`, `place:<id>`, `country:XX`. */
  select?: string;
  /** Two or three sentences. */
  text: StorySentence[];
}

export interface Story {
  id: string;
  title: string;
  steps: StoryStep[];
}

export interface StoriesFile {
  stories: Story[];
}

/** MapLibre's tile size: zoom z shows 512 * 2^z pixels around the world. */
const TILE = 512;

function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/**
 * The position that fits `bbox` into a viewport of `width` x `height` pixels (Web Mercator,
 * as MapLibre draws it), rounded as a link writes it. Zoom is kept within 0..14.
 */
export function positionForBounds(
  bbox: readonly [number, number, number, number],
  width: number,
  height: number,
): { zoom: number; lat: number; lon: number } {
  const [west, south, east, north] = bbox;
  const x0 = (west + 180) / 360;
  const x1 = (east + 180) / 360;
  const y0 = mercatorY(north);
  const y1 = mercatorY(south);
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const zoom = Math.log2(Math.min(width / (dx * TILE), height / (dy * TILE)));
  const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
  return {
    zoom: round(Math.min(14, Math.max(0, zoom)), 2),
    lat: round(latitudeOf((y0 + y1) / 2), 4),
    lon: round(((x0 + x1) / 2) * 360 - 180, 4),
  };
}

/** The step a link's 1-based `step=` asks for, kept within the story (1 when out of range). */
export function stepIndex(story: Story, step: number): { index: number; clamped: boolean } {
  if (Number.isInteger(step) && step >= 1 && step <= story.steps.length) {
    return { index: step - 1, clamped: false };
  }
  return { index: step > story.steps.length ? story.steps.length - 1 : 0, clamped: true };
}
