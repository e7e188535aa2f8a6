/**
 * Validation rules for the guided stories (geo/stories/stories.json). As for the events, each
 * rule returns every problem it finds, naming the story and step; the build reports them all
 * and fails if there is any, and the unit tests run each rule on the real data and on a broken
 * fixture.
 */
import type { Source } from '../../src/lib/domain/types';
import {
  type StoriesFile,
  type Story,
  type StoryStep,
  STORY_LAYERS,
  STORY_VIEWS,
} from '../../src/lib/domain/stories';
import { parseIsoDate, toDay } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A sentence: starts with a capital, a digit or a quotation mark, ends with . ! ? (or a quote). */
const SENTENCE = /^[A-Z0-9“"(].*[.!?][”"’)]?$/u;
/** Two sentences run together: end punctuation, a space, and a capital. */
const RUN_ON = /[a-z0-9)”][.!?] [A-Z]/u;

/** What a step's `select` may name, by kind. */
export interface KnownIds {
  event: ReadonlySet<string>;
  place: ReadonlySet<string>;
  zone: ReadonlySet<string>;
  country: ReadonlySet<string>;
  /** What `focus` may be: countries whose relations are followed, and entity ids. */
  focus: ReadonlySet<string>;
}

function where(story: Story, index?: number): string {
  return index === undefined ? `story "${story.id}"` : `story "${story.id}" step ${index + 1}`;
}

/** Unique slug ids, a title, at least two steps. */
export function checkStoryFields(stories: readonly Story[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const story of stories) {
    if (typeof story.id !== 'string' || !SLUG.test(story.id)) {
      problems.push(`${where(story)}: id must be a lower-case slug (a-z, 0-9, -)`);
    }
    if (seen.has(story.id)) problems.push(`${where(story)}: duplicate id`);
    seen.add(story.id);
    if (typeof story.title !== 'string' || !story.title.trim()) {
      problems.push(`${where(story)}: title missing`);
    }
    if (!Array.isArray(story.steps) || story.steps.length < 2) {
      problems.push(`${where(story)}: needs at least two steps`);
    }
  }
  return problems;
}

/** Each step's day is a real ISO day within [FIRST_DAY, verifiedThrough]. */
export function checkStepDates(stories: readonly Story[], verifiedThrough: string): string[] {
  const problems: string[] = [];
  for (const story of stories) {
    (story.steps ?? []).forEach((step, i) => {
      if (typeof step.date !== 'string' || !parseIsoDate(step.date)) {
        problems.push(`${where(story, i)}: date "${step.date}" is not a valid ISO day`);
      } else if (toDay(step.date) < toDay(FIRST_DAY) || toDay(step.date) > toDay(verifiedThrough)) {
        problems.push(
          `${where(story, i)}: date ${step.date} outside ${FIRST_DAY} .. ${verifiedThrough}`,
        );
      }
    });
  }
  return problems;
}

function mapProblem(map: StoryStep['map']): string | null {
  if (!map || typeof map !== 'object') return 'map is missing';
  if ('bbox' in map) {
    const b = map.bbox;
    if (!Array.isArray(b) || b.length !== 4 || !b.every(Number.isFinite)) {
      return 'bbox must be [west, south, east, north]';
    }
    const [w, s, e, n] = b;
    if (w < -180 || e > 180 || s < -85 || n > 85 || w >= e || s >= n) {
      return `bbox ${b.join(',')} is not west < east, south < north within the map`;
    }
    return null;
  }
  const { zoom, lat, lon } = map;
  if (![zoom, lat, lon].every(Number.isFinite)) return 'map needs zoom, lat and lon (numbers)';
  if (zoom < 0 || zoom > 14) return `zoom ${zoom} outside 0..14`;
  if (Math.abs(lat) > 85.05 || Math.abs(lon) > 180) return `position ${lat}, ${lon} off the map`;
  return null;
}

/** View, map, layers, focus and selection are valid, and the selection names something. */
export function checkStepSettings(stories: readonly Story[], known: KnownIds): string[] {
  const problems: string[] = [];
  for (const story of stories) {
    (story.steps ?? []).forEach((step, i) => {
      const at = where(story, i);
      if (step.view !== undefined && !(STORY_VIEWS as readonly string[]).includes(step.view)) {
        problems.push(`${at}: unknown view "${step.view}"`);
      }
      const map = mapProblem(step.map);
      if (map) problems.push(`${at}: ${map}`);
      if (step.layers !== undefined) {
        const layers: unknown = step.layers;
        if (!Array.isArray(layers)) problems.push(`${at}: layers must be a list`);
        else {
          for (const l of layers) {
            if (!(STORY_LAYERS as readonly unknown[]).includes(l)) {
              problems.push(`${at}: unknown layer "${String(l)}"`);
            }
          }
          if (new Set(layers).size !== layers.length) problems.push(`${at}: a layer is repeated`);
        }
      }
      if (step.focus !== undefined && !known.focus.has(step.focus)) {
        problems.push(`${at}: focus "${step.focus}" is not a followed country or an entity`);
      }
      if (step.focus !== undefined && !(step.layers ?? []).includes('relations')) {
        problems.push(`${at}: a focus is shown only with the relations layer on`);
      }
      if (step.select !== undefined) {
        const colon = step.select.indexOf(':');
        const kind = step.select.slice(0, colon) as keyof KnownIds;
        const id = step.select.slice(colon + 1);
        if (colon <= 0 || kind === 'focus' || !(kind in known)) {
          problems.push(
            `${at}: select "${step.select}" is not kind:id (event, place, zone, country)`,
          );
        } else if (!known[kind].has(id)) {
          problems.push(`${at}: select "${step.select}": no ${kind} "${id}" in the data`);
        }
      }
    });
  }
  return problems;
}

/**
 * Two or three sentences a step, each one sentence of text citing at least one source, every
 * source in the bibliography.
 */
export function checkStepText(
  stories: readonly Story[],
  sources: ReadonlyMap<string, Source>,
): string[] {
  const problems: string[] = [];
  for (const story of stories) {
    (story.steps ?? []).forEach((step, i) => {
      const at = where(story, i);
      if (!Array.isArray(step.text) || step.text.length < 2 || step.text.length > 3) {
        problems.push(`${at}: needs two or three sentences`);
        return;
      }
      step.text.forEach((sentence, j) => {
        const s = `${at} sentence ${j + 1}`;
        const text = typeof sentence.text === 'string' ? sentence.text.trim() : '';
        if (!SENTENCE.test(text)) problems.push(`${s}: not one sentence ("${text.slice(0, 40)}")`);
        else if (RUN_ON.test(text)) problems.push(`${s}: holds more than one sentence`);
        if (!Array.isArray(sentence.sources) || sentence.sources.length === 0) {
          problems.push(`${s}: cites no source`);
          return;
        }
        for (const id of sentence.sources) {
          if (!sources.has(id)) problems.push(`${s}: unknown source "${id}"`);
        }
      });
    });
  }
  return problems;
}

/** Every rule, all problems at once. */
export function validateStories(
  file: StoriesFile,
  sources: ReadonlyMap<string, Source>,
  verifiedThrough: string,
  known: KnownIds,
): string[] {
  if (!file || !Array.isArray(file.stories)) {
    return ['geo/stories/stories.json: expected { "stories": [...] }'];
  }
  return [
    ...checkStoryFields(file.stories),
    ...checkStepDates(file.stories, verifiedThrough),
    ...checkStepSettings(file.stories, known),
    ...checkStepText(file.stories, sources),
  ];
}
