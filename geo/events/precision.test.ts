/**
 * How precisely the events are dated, measured on the built events.geojson (the file the app
 * and readers get): at least 95% must be dated to the day. Events still month- or year-precise
 * say why in their note.
 */
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/lib/domain/events';
import { build as buildEvents } from './build';
import { testContext } from './testdata';

const MIN_DAY_SHARE = 0.95;

async function builtEvents(): Promise<EventFeature[]> {
  const out = await buildEvents(testContext());
  expect(out.problems).toEqual([]);
  return (JSON.parse(out.files['events.geojson']!) as { features: EventFeature[] }).features;
}

describe('date precision of the built events', () => {
  it(`dates at least ${MIN_DAY_SHARE * 100}% of the events to the day`, async () => {
    const features = await builtEvents();
    const days = features.filter((f) => f.properties.datePrecision === 'day').length;
    expect(features.length).toBeGreaterThan(100);
    expect(days / features.length).toBeGreaterThanOrEqual(MIN_DAY_SHARE);
  });
  it('explains, in the note, every event not dated to the day', async () => {
    const vague = (await builtEvents()).filter((f) => f.properties.datePrecision !== 'day');
    for (const f of vague) expect(f.properties.note ?? '', f.properties.id).toMatch(/\w/);
  });
});
