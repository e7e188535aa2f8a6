import { describe, expect, it } from 'vitest';
import { index } from '../../lib/details/test-fixture';
import { toDay } from '../../lib/time/days';
import { dayOverview } from './overview';

describe('dayOverview: the day as text', () => {
  it('says who held each zone of each state on the day, since when, with its area', () => {
    const { states } = dayOverview(index, toDay('1995-06-01'), 'intl');
    expect(states.map((s) => s.title)).toEqual(['Azerbaijan', 'Armenia']);
    expect(states[0]!.zones).toEqual([
      {
        selection: { kind: 'zone', id: 'shusha' },
        name: 'Shusha',
        controller: 'NKR',
        holder: 'Nagorno-Karabakh Republic / Artsakh (de facto)',
        since: 'since 8 May 1992',
        area: 'about 290 km²',
        lowConfidence: false,
      },
      expect.objectContaining({
        selection: { kind: 'zone', id: 'rest-AZ' },
        controller: 'AZ',
        area: 'about 80,000 km²',
      }),
    ]);
  });

  it('adds up the area each holder held, largest first', () => {
    const before = dayOverview(index, toDay('1995-06-01'), 'intl').totals;
    expect(before.map((t) => [t.controller, t.km2])).toEqual([
      ['AZ', 80000],
      ['NKR', 290],
      ['AM', 100],
    ]);
    const after = dayOverview(index, toDay('2021-01-01'), 'intl').totals;
    expect(after.map((t) => [t.controller, t.km2])).toEqual([
      ['AZ', 80290],
      ['AM', 100],
    ]);
  });

  it('names states as they were on the day, and zones in the chosen convention', () => {
    const soviet = dayOverview(index, toDay('1990-01-01'), 'hy');
    expect(soviet.states.map((s) => s.title)).toEqual(['Azerbaijan SSR', 'Armenian SSR']);
    expect(soviet.states[0]!.zones[0]!.name).toBe('Shushi');
    expect(soviet.states[0]!.zones[0]!.holder).toBe('Azerbaijan SSR');
  });
});

describe('dayOverview with a breakaway entity in focus', () => {
  it('lists the states recognising it on the day and the withdrawals before it', () => {
    const during = dayOverview(index, toDay('2012-06-01'), 'intl', 'ABK').recognition!;
    expect(during).toEqual({
      entityName: 'Abkhazia',
      exists: true,
      recognising: ['Pakistan', 'United States'],
      withdrawn: [],
      none: null,
    });
    const after = dayOverview(index, toDay('2015-01-01'), 'intl', 'ABK').recognition!;
    expect(after.recognising).toEqual(['Pakistan']);
    expect(after.withdrawn).toEqual([{ name: 'United States', on: '31 March 2014' }]);
  });

  it('has no recognition part for a country focus or none, and says so for the NKR', () => {
    expect(dayOverview(index, toDay('2012-06-01'), 'intl', 'AM').recognition).toBeNull();
    expect(dayOverview(index, toDay('2012-06-01'), 'intl').recognition).toBeNull();
    const nkr = dayOverview(index, toDay('2012-06-01'), 'intl', 'NKR').recognition!;
    expect(nkr.recognising).toEqual([]);
    expect(nkr.none).toBe('No UN member recognised it.');
  });
});

describe('dayOverview with a state in focus', () => {
  it("gives the focus's relation with each followed state on the day, in words", () => {
    const before = dayOverview(index, toDay('2020-01-01'), 'intl', 'AM').relations!;
    expect(before.focusName).toBe('Armenia');
    expect(before.independent).toBe(true);
    const pakistan = (o: typeof before) => o.lines.find((l) => l.code === 'PK')?.text;
    expect(pakistan(before)).toBe('Not recognised: Pakistan does not recognise Armenia');
    const after = dayOverview(index, toDay('2025-09-15'), 'intl', 'AM').relations!;
    expect(pakistan(after)).toBe('Diplomatic relations with Armenia on this day');
    expect(after.lines.map((l) => l.code)).not.toContain('AM');
  });

  it('says the focus was not yet independent before its independence', () => {
    const soviet = dayOverview(index, toDay('1990-01-01'), 'intl', 'AM').relations!;
    expect(soviet.independent).toBe(false);
  });

  it('has no relations part without a focus or with an entity in focus', () => {
    expect(dayOverview(index, toDay('2020-01-01'), 'intl').relations).toBeNull();
    expect(dayOverview(index, toDay('2020-01-01'), 'intl', 'ABK').relations).toBeNull();
  });
});
