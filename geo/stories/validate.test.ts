import { describe, expect, it } from 'vitest';
import type { StoriesFile, Story, StoryStep } from '../../src/lib/domain/stories';
import { REPO_ROOT, loadBibliography } from '../lib/bibliography';
import { VERIFIED_THROUGH } from '../config';
import { knownIds, loadStories } from './build';
import {
  checkStepDates,
  checkStepSettings,
  checkStepText,
  checkStoryFields,
  validateStories,
} from './validate';

const sources = loadBibliography(REPO_ROOT);
const known = knownIds(REPO_ROOT);
const real = loadStories(REPO_ROOT);

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The first real story with its first step changed. */
function withStep(patch: Partial<StoryStep> | ((s: StoryStep) => void)): Story[] {
  const story = clone(real.stories[0]!);
  if (typeof patch === 'function') patch(story.steps[0]!);
  else Object.assign(story.steps[0]!, patch);
  return [story];
}

describe('the real stories pass every rule', () => {
  it('validateStories accepts geo/stories/stories.json', () => {
    expect(validateStories(real, sources, VERIFIED_THROUGH, known)).toEqual([]);
  });

  it('has the four stories the issue asks for, each with several steps', () => {
    expect(real.stories.map((s) => s.id)).toEqual([
      'first-war',
      'war-2020',
      'september-2023',
      'pakistan-armenia',
    ]);
    for (const story of real.stories) expect(story.steps.length).toBeGreaterThanOrEqual(4);
  });

  it('each story runs forward in time', () => {
    for (const story of real.stories) {
      const dates = story.steps.map((s) => s.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});

describe('broken fixtures fail', () => {
  it('a story id that is not a slug, a repeated id, a missing title, a single step', () => {
    const a = clone(real.stories[0]!);
    const b = { ...clone(a), title: ' ' };
    const c: Story = { ...clone(a), id: 'Bad Id', steps: a.steps.slice(0, 1) };
    const problems = checkStoryFields([a, b, c]);
    expect(problems).toEqual([
      'story "first-war": duplicate id',
      'story "first-war": title missing',
      'story "Bad Id": id must be a lower-case slug (a-z, 0-9, -)',
      'story "Bad Id": needs at least two steps',
    ]);
  });

  it('a day that is not a day, or outside the data', () => {
    expect(checkStepDates(withStep({ date: '1993-02-30' }), VERIFIED_THROUGH)).toEqual([
      'story "first-war" step 1: date "1993-02-30" is not a valid ISO day',
    ]);
    expect(checkStepDates(withStep({ date: '1987-12-31' }), VERIFIED_THROUGH)).toHaveLength(1);
    expect(checkStepDates(withStep({ date: '2025-10-01' }), VERIFIED_THROUGH)).toEqual([
      'story "first-war" step 1: date 2025-10-01 outside 1988-01-01 .. 2025-09-30',
    ]);
  });

  it('an unknown view or layer, a repeated layer, a map off the world or a bbox upside down', () => {
    const bad = (patch: Partial<StoryStep>) => checkStepSettings(withStep(patch), known);
    expect(bad({ view: 'satellite' as never })).toEqual([
      'story "first-war" step 1: unknown view "satellite"',
    ]);
    expect(bad({ layers: ['control', 'roads' as never] })).toEqual([
      'story "first-war" step 1: unknown layer "roads"',
    ]);
    expect(bad({ layers: ['control', 'control'] })).toEqual([
      'story "first-war" step 1: a layer is repeated',
    ]);
    expect(bad({ map: { zoom: 20, lat: 40, lon: 46 } })).toEqual([
      'story "first-war" step 1: zoom 20 outside 0..14',
    ]);
    expect(bad({ map: { zoom: 8, lat: 91, lon: 46 } })).toHaveLength(1);
    expect(bad({ map: { bbox: [47, 39, 46, 40] } })).toHaveLength(1);
    expect(bad({ map: { bbox: [46, 39, 47, 40] } })).toEqual([]);
  });

  it('a selection or focus that names nothing in the data', () => {
    const bad = (patch: Partial<StoryStep>) => checkStepSettings(withStep(patch), known);
    expect(bad({ select: 'event:no-such-event' })).toEqual([
      'story "first-war" step 1: select "event:no-such-event": no event "no-such-event" in the data',
    ]);
    expect(bad({ select: 'zone:nowhere' })).toHaveLength(1);
    expect(bad({ select: 'place:stepanakert' })).toEqual([]);
    expect(bad({ select: 'zone:shusha' })).toEqual([]);
    expect(bad({ select: 'shusha' })).toHaveLength(1);
    expect(bad({ layers: ['relations'], focus: 'XX' })).toEqual([
      'story "first-war" step 1: focus "XX" is not a followed country or an entity',
    ]);
    expect(bad({ focus: 'PK' })).toEqual([
      'story "first-war" step 1: a focus is shown only with the relations layer on',
    ]);
  });

  it('one sentence or four, a sentence without a source or with an unknown one, run-on text', () => {
    const bad = (edit: (s: StoryStep) => void) => checkStepText(withStep(edit), sources);
    expect(bad((s) => (s.text = s.text.slice(0, 1)))).toEqual([
      'story "first-war" step 1: needs two or three sentences',
    ]);
    expect(bad((s) => (s.text = [...s.text, ...s.text]))).toHaveLength(1);
    expect(bad((s) => (s.text[0]!.sources = []))).toEqual([
      'story "first-war" step 1 sentence 1: cites no source',
    ]);
    expect(bad((s) => (s.text[1]!.sources = ['no-such-source']))).toEqual([
      'story "first-war" step 1 sentence 2: unknown source "no-such-source"',
    ]);
    expect(bad((s) => (s.text[0]!.text = 'The request was made. It was not granted.'))).toEqual([
      'story "first-war" step 1 sentence 1: holds more than one sentence',
    ]);
    expect(bad((s) => (s.text[0]!.text = 'no capital and no full stop'))).toHaveLength(1);
  });

  it('a file without a stories list', () => {
    expect(validateStories({} as StoriesFile, sources, VERIFIED_THROUGH, known)).toEqual([
      'geo/stories/stories.json: expected { "stories": [...] }',
    ]);
  });
});
