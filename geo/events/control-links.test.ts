/**
 * The link between events and control data (control-links.ts): the real data passes both ways,
 * and each rule fails on a broken fixture.
 */
import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../src/lib/domain/events';
import { PERIODS } from '../control/periods';
import {
  type ControlTimelines,
  checkChangesHaveEvents,
  checkControlChanges,
  controllerChanges,
} from './control-links';
import { validateEvents } from './validate';
import { events, places, sources } from './testdata';

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A zone that passes from AZ to NKR on 9 May 1992 and back on 8 Nov 2020. */
const TIMELINES: ControlTimelines = {
  town: [
    { controller: 'AZ', from: '1988-01-01' },
    { controller: 'NKR', from: '1992-05-09' },
    // Only the confidence changed here in the real data's manner: not a change of controller.
    { controller: 'NKR', from: '1994-05-12' },
    { controller: 'AZ', from: '2020-11-08' },
  ],
};

function anEvent(patch: Partial<EventProperties> = {}): EventProperties {
  return {
    ...clone(events.find((e) => e.id === 'shusha-1992')!),
    controlChanges: [{ zone: 'town', to: 'NKR', day: '1992-05-09' }],
    ...patch,
  };
}

describe('the real data', () => {
  it('lists, in its events, exactly the changes of the control data', () => {
    expect(checkControlChanges(events, PERIODS)).toEqual([]);
    expect(checkChangesHaveEvents(events, PERIODS)).toEqual([]);
    expect(validateEvents(events, places, sources, '2025-09-30', undefined, PERIODS)).toEqual([]);
  });
  it('has many changes and a list of them on every control event', () => {
    expect(controllerChanges(PERIODS).length).toBeGreaterThan(50);
    for (const e of events.filter((x) => x.kind === 'control')) {
      expect(e.controlChanges?.length, e.id).toBeGreaterThan(0);
    }
  });
  it('fails when an event no longer lists a change the map draws', () => {
    const broken = clone(events);
    broken.find((e) => e.id === 'shusha-1992')!.controlChanges = [];
    expect(checkChangesHaveEvents(broken, PERIODS).join('\n')).toMatch(
      /zone shusha passes from AZ to NKR on 1992-05-09/,
    );
    expect(checkControlChanges(broken, PERIODS).join('\n')).toMatch(
      /"shusha-1992": a control event must list at least one change/,
    );
  });
  it('fails when the control data moves a change away from its event', () => {
    const moved = clone(PERIODS) as Record<string, { controller: string; from: string }[]>;
    const period = moved['shusha']!.find((p) => p.from === '1992-05-09')!;
    period.from = '1992-05-12';
    moved['shusha']![0]!.from = '1988-01-01';
    const problems = checkControlChanges(events, moved as ControlTimelines).join('\n');
    expect(problems).toMatch(
      /"shusha-1992": change of shusha on 1992-05-09: the control data has no/,
    );
  });
});

describe('checkControlChanges on a fixture', () => {
  it('accepts a change that matches the control data', () => {
    expect(checkControlChanges([anEvent()], TIMELINES)).toEqual([]);
  });
  it('rejects a change to another controller', () => {
    const e = anEvent({ controlChanges: [{ zone: 'town', to: 'AM', day: '1992-05-09' }] });
    expect(checkControlChanges([e], TIMELINES).join('\n')).toMatch(
      /gives it to NKR, the event to AM/,
    );
  });
  it('rejects a day on which the control data has no change', () => {
    const e = anEvent({
      date: '1992-05-10',
      endDate: undefined,
      controlChanges: [{ zone: 'town', to: 'NKR', day: '1992-05-10' }],
    });
    expect(checkControlChanges([e], TIMELINES).join('\n')).toMatch(/has no change of controller/);
  });
  it('does not count a period that only changes confidence as a change', () => {
    const e = anEvent({
      date: '1994-05-12',
      endDate: undefined,
      controlChanges: [{ zone: 'town', to: 'NKR', day: '1994-05-12' }],
    });
    expect(checkControlChanges([e], TIMELINES).join('\n')).toMatch(/has no change of controller/);
  });
  it("rejects a change outside the event's dates", () => {
    const e = anEvent({ controlChanges: [{ zone: 'town', to: 'AZ', day: '2020-11-08' }] });
    expect(checkControlChanges([e], TIMELINES).join('\n')).toMatch(/outside the event's dates/);
  });
  it('rejects an unknown zone, an unknown controller and a change listed twice', () => {
    const unknownZone = anEvent({
      controlChanges: [{ zone: 'nowhere', to: 'NKR', day: '1992-05-09' }],
    });
    expect(checkControlChanges([unknownZone], TIMELINES).join('\n')).toMatch(
      /unknown control zone/,
    );
    const badCode = anEvent({
      controlChanges: [{ zone: 'town', to: 'AM-X' as 'AM', day: '1992-05-09' }],
    });
    expect(checkControlChanges([badCode], TIMELINES).join('\n')).toMatch(/unknown controller/);
    const twice = anEvent({
      controlChanges: [
        { zone: 'town', to: 'NKR', day: '1992-05-09' },
        { zone: 'town', to: 'NKR', day: '1992-05-09' },
      ],
    });
    expect(checkControlChanges([twice], TIMELINES).join('\n')).toMatch(/listed twice/);
  });
  it('requires the field, with at least one change, on a control event only', () => {
    const without = anEvent();
    delete without.controlChanges;
    expect(checkControlChanges([without], TIMELINES).join('\n')).toMatch(/needs controlChanges/);
    expect(checkControlChanges([anEvent({ controlChanges: [] })], TIMELINES).join('\n')).toMatch(
      /at least one change/,
    );
    const statement = anEvent({ kind: 'statement' });
    delete statement.controlChanges;
    expect(checkControlChanges([statement], TIMELINES)).toEqual([]);
  });
});

describe('checkChangesHaveEvents on a fixture', () => {
  it('names every change no event lists', () => {
    const problems = checkChangesHaveEvents([anEvent()], TIMELINES);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/zone town passes from NKR to AZ on 2020-11-08/);
  });
  it('is satisfied by events of any kind', () => {
    const war = anEvent({
      id: 'war',
      kind: 'conflict',
      date: '2020-09-27',
      endDate: '2020-11-10',
      controlChanges: [{ zone: 'town', to: 'AZ', day: '2020-11-08' }],
    });
    expect(checkChangesHaveEvents([anEvent(), war], TIMELINES)).toEqual([]);
    expect(checkControlChanges([anEvent(), war], TIMELINES)).toEqual([]);
  });
});
