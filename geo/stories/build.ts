/**
 * Builds public/data/stories.json from geo/stories/stories.json: validated (validate.ts), then
 * written with a fixed key order, so the app can trust every step it applies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoriesFile, Story } from '../../src/lib/domain/stories';
import { type BuildContext, type PartOutput, jsonText } from '../lib/context';
import { loadAuthoredZones } from '../control/authored';
import { loadEvents } from '../events/build';
import { KNOWN_COUNTRIES } from '../events/validate';
import { loadPlaces } from '../places/build';
import { type KnownIds, validateStories } from './validate';

export const ENTITY_IDS = ['ABK', 'OSS', 'NKR'];

export function loadStories(root: string): StoriesFile {
  return JSON.parse(
    readFileSync(join(root, 'geo', 'stories', 'stories.json'), 'utf8'),
  ) as StoriesFile;
}

/** What the data has for a step's selection and focus to name. */
export function knownIds(root: string): KnownIds {
  return {
    event: new Set(loadEvents(root).map((e) => e.id)),
    place: new Set(loadPlaces(root).map((p) => p.id)),
    zone: new Set(loadAuthoredZones(root).zones.map((z) => z.id)),
    country: new Set(KNOWN_COUNTRIES),
    focus: new Set([...KNOWN_COUNTRIES, ...ENTITY_IDS]),
  };
}

function publishStory(story: Story): Story {
  return {
    id: story.id,
    title: story.title,
    steps: story.steps.map((s) => ({
      date: s.date,
      ...(s.view ? { view: s.view } : {}),
      map:
        'bbox' in s.map
          ? { bbox: [...s.map.bbox] }
          : { zoom: s.map.zoom, lat: s.map.lat, lon: s.map.lon },
      ...(s.layers ? { layers: [...s.layers] } : {}),
      ...(s.focus ? { focus: s.focus } : {}),
      ...(s.select ? { select: s.select } : {}),
      text: s.text.map((t) => ({ text: t.text, sources: [...t.sources] })),
    })),
  };
}

export async function build(ctx: BuildContext): Promise<PartOutput> {
  const file = loadStories(ctx.root);
  const problems = validateStories(file, ctx.sources, ctx.verifiedThrough, knownIds(ctx.root));
  if (problems.length > 0) return { files: {}, problems };
  ctx.log(
    `stories: ${file.stories.length} stories, ${file.stories.reduce((n, s) => n + s.steps.length, 0)} steps`,
  );
  return {
    files: { 'stories.json': jsonText({ stories: file.stories.map(publishStory) }, 1) },
    problems: [],
  };
}
