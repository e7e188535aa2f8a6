import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../domain/events';
import { keyEventsFirst } from './event';
import { detailsOf } from './index';
import { index, indexWith, input, options } from './test-fixture';
import type { EventLink } from './types';

const link = (id: string, date: string, key: boolean): EventLink => ({
  id,
  date,
  dateLabel: date,
  title: id,
  sources: ['s'],
  key,
});

describe('key events first', () => {
  it('names only key events, newest first, at most the given number', () => {
    const links = [
      link('a', '1992-05-08', true),
      link('b', '1993-01-01', false),
      link('c', '2020-11-08', true),
      link('d', '2023-09-20', true),
    ];
    expect(keyEventsFirst(links).map((e) => e.id)).toEqual(['d', 'c', 'a']);
    expect(keyEventsFirst(links, 2).map((e) => e.id)).toEqual(['d', 'c']);
    expect(keyEventsFirst([link('b', '1993-01-01', false)])).toEqual([]);
  });

  it('a panel names the key events of its list first and keeps the whole list by date', () => {
    const events = (input.events as EventProperties[]).map((e) =>
      e.id === 'shusha-1992' ? { ...e, key: true } : e,
    );
    const d = detailsOf(
      { kind: 'country', id: 'AM' },
      indexWith({ events }),
      options('2019-06-01'),
    )!;
    expect(d.keyEvents.map((e) => e.id)).toEqual(['shusha-1992']);
    expect(d.events.map((e) => [e.id, e.key])).toEqual([
      ['shusha-1992', true],
      ['shusha-2020', false],
    ]);
    // The fixture marks no event key: nothing is named first.
    expect(
      detailsOf({ kind: 'zone', id: 'shusha' }, index, options('2019-06-01'))!.keyEvents,
    ).toEqual([]);
  });
});
