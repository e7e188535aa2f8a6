import { describe, expect, it } from 'vitest';
import { HistoryIntent, PLAY_TICK, changedKeys, modeForKeys } from './history-intent';

describe('changedKeys', () => {
  it('names the keys added, removed or given another value', () => {
    expect(changedKeys('#map=5/40/45&date=2000-01-01', '#map=6/40/45&date=2000-01-01')).toEqual([
      'map',
    ]);
    expect(changedKeys('#date=2000-01-01', '#date=2000-01-01&layers=control')).toEqual(['layers']);
    expect(changedKeys('#date=2000-01-01&focus=AM', '#date=2000-01-02')).toEqual(['date', 'focus']);
    expect(changedKeys('#date=2000-01-01', '#date=2000-01-01')).toEqual([]);
    expect(changedKeys('', '#date=2000-01-01')).toEqual(['date']);
  });
});

describe('modeForKeys', () => {
  it('replaces for map= alone and pushes for any other key, unknown ones included', () => {
    expect(modeForKeys([])).toBe('none');
    expect(modeForKeys(['map'])).toBe('replace');
    for (const key of ['date', 'select', 'layers', 'focus', 'names', 'view', 'compare', 'story']) {
      expect(modeForKeys([key])).toBe('push');
      expect(modeForKeys(['map', key])).toBe('push');
    }
  });
});

describe('HistoryIntent', () => {
  it('pushes each change of its own and replaces for map moves', () => {
    const history = new HistoryIntent();
    expect(history.decide('#date=2000-01-01', '#date=2000-01-02')).toBe('push');
    expect(history.decide('#date=2000-01-02', '#date=2000-01-03')).toBe('push');
    expect(history.decide('#date=2000-01-03', '#map=4/1/2&date=2000-01-03')).toBe('replace');
    expect(history.decide('#date=2000-01-03', '#date=2000-01-03')).toBe('none');
    expect(history.decide('#step=1', '#step=2')).toBe('push');
  });

  it('makes one entry for the changes of one gesture', () => {
    const history = new HistoryIntent();
    history.next(1);
    expect(history.decide('#date=2000-01-01', '#date=2000-01-02')).toBe('push');
    history.next(1);
    expect(history.decide('#date=2000-01-02', '#date=2000-01-03')).toBe('replace');
    // A map move in the middle does not end the gesture.
    expect(history.decide('#date=2000-01-03', '#map=4/1/2&date=2000-01-03')).toBe('replace');
    history.next(1);
    expect(history.decide('#date=2000-01-03', '#date=2000-01-04')).toBe('replace');
    // A change of its own, then the next gesture: new entries.
    expect(history.decide('#date=2000-01-04', '#date=2000-01-05')).toBe('push');
    history.next(1);
    expect(history.decide('#date=2000-01-05', '#date=2000-01-06')).toBe('push');
    history.next(2);
    expect(history.decide('#date=2000-01-06', '#date=2000-01-07')).toBe('push');
  });

  it('lets play ticks replace the current entry, then pushes the next change of its own', () => {
    const history = new HistoryIntent();
    expect(history.decide('#date=2000-01-01', '#date=2000-01-02')).toBe('push');
    history.next(PLAY_TICK);
    expect(history.decide('#date=2000-01-02', '#date=2000-03-02')).toBe('replace');
    history.next(PLAY_TICK);
    expect(history.decide('#date=2000-03-02', '#date=2000-05-02')).toBe('replace');
    expect(history.decide('#date=2000-05-02', '#date=2000-05-03')).toBe('push');
  });

  it('replaces while settling after a link, and pushes again once settled', () => {
    const history = new HistoryIntent();
    history.settle();
    expect(history.decide('#date=2000-01-01&select=zone:x', '#date=2000-01-01')).toBe('replace');
    history.settled();
    expect(history.decide('#date=2000-01-01', '#date=2000-01-02')).toBe('push');
  });

  it('does not continue a gesture across a link', () => {
    const history = new HistoryIntent();
    history.next(3);
    expect(history.decide('#date=2000-01-01', '#date=2000-01-02')).toBe('push');
    history.settle();
    history.settled();
    history.next(3);
    expect(history.decide('#date=2000-01-02', '#date=2000-01-03')).toBe('push');
  });
});
