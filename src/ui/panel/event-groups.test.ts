import { describe, expect, it } from 'vitest';
import { GROUP_FROM, groupByYear } from './event-groups';

const event = (date: string) => ({ date, id: date });

describe('the panel event list by year', () => {
  const events = [
    '1992-02-26',
    '1992-05-08',
    '1993-04-03',
    '1994-05-12',
    '2020-09-27',
    '2020-11-08',
    '2020-11-10',
    '2023-09-19',
    '2023-09-20',
  ].map(event);

  it('groups by year, newest year first, events in date order within a year', () => {
    const groups = groupByYear(events, '2000-01-01')!;
    expect(groups.map((g) => [g.year, g.events.map((e) => e.date)])).toEqual([
      ['2023', ['2023-09-19', '2023-09-20']],
      ['2020', ['2020-09-27', '2020-11-08', '2020-11-10']],
      ['1994', ['1994-05-12']],
      ['1993', ['1993-04-03']],
      ['1992', ['1992-02-26', '1992-05-08']],
    ]);
  });

  it('opens the year of the day shown, else the newest year', () => {
    expect(
      groupByYear(events, '2020-10-01')!
        .filter((g) => g.open)
        .map((g) => g.year),
    ).toEqual(['2020']);
    expect(
      groupByYear(events, '2000-01-01')!
        .filter((g) => g.open)
        .map((g) => g.year),
    ).toEqual(['2023']);
  });

  it('leaves a short list whole', () => {
    expect(groupByYear(events.slice(0, GROUP_FROM - 1), '2000-01-01')).toBeNull();
  });
});
