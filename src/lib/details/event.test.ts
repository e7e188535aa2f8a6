import { describe, expect, it } from 'vitest';
import { detailsOf } from './index';
import { index, options } from './test-fixture';

describe('event details', () => {
  it('gives date, place, summary, sourced readings and links', () => {
    const d = detailsOf({ kind: 'event', id: 'shusha-1992' }, index, options('2019-06-01'))!;
    expect(d.title).toBe('Capture of Shusha');
    expect(d.kindLabel).toBe('Event');
    expect(d.event?.dateLabel).toBe('8 May 1992 – 9 May 1992');
    expect(d.event?.place).toEqual({ selection: { kind: 'place', id: 'shusha' }, label: 'Shusha' });
    expect(d.event?.summary.sources).toEqual(['src-1992']);
    expect(d.event?.readings.map((r) => r.text)).toEqual(['One reading.']);
    expect(d.event?.concerns.map((c) => `${c.selection.kind}:${c.selection.id}`)).toEqual([
      'country:AZ',
      'country:AM',
      'zone:shusha',
    ]);
  });

  it('links the concerned places in the chosen convention', () => {
    const d = detailsOf(
      { kind: 'event', id: 'shusha-2020' },
      index,
      options('2021-01-01', { convention: 'hy' }),
    )!;
    expect(d.event?.dateLabel).toBe('8 November 2020');
    expect(d.event?.concerns.map((c) => c.label)).toEqual([
      'Azerbaijan',
      'Armenia',
      'Shushi',
      'Shushi',
    ]);
  });
});
