import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AppState } from './app-state.svelte';
import { parseHash, serialiseHash } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

describe('compare= in the URL', () => {
  it('reads and writes the compared day', () => {
    const parsed = parseHash('#date=2020-11-10&compare=2020-09-26', range);
    expect(parsed.state).toEqual({ date: '2020-11-10', compare: '2020-09-26' });
    expect(parsed.problems).toEqual([]);
    expect(serialiseHash(parsed.state)).toBe('#date=2020-11-10&compare=2020-09-26');
  });

  it('clamps a compared day outside the atlas and says so, like date=', () => {
    const early = parseHash('#compare=1980-05-01', range);
    expect(early.state.compare).toBe('1988-01-01');
    expect(early.problems).toHaveLength(1);
    expect(early.problems[0]).toContain('comparing with 1 January 1988');
    expect(early.rewrite).toBe(true);
  });

  it('ignores a malformed compared day, saying so', () => {
    const bad = parseHash('#compare=2020-02-30', range);
    expect(bad.state).toEqual({});
    expect(bad.problems[0]).toContain('compare=2020-02-30');
  });
});

describe('Comparison (AppState.comparison)', () => {
  it('starts off, and compares the day shown with another day', () => {
    const app = new AppState(range);
    expect(app.comparison.active).toBe(false);
    app.setDay(toDay('2020-11-10'));
    app.comparison.compareWith(toDay('2020-09-26'));
    expect(app.comparison.day).toBe(toDay('2020-09-26'));
    expect(app.toHash()).toEqual({ date: '2020-11-10', compare: '2020-09-26' });
  });

  it('swaps the day shown and the compared day, and back', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#date=2020-11-10&compare=2020-09-26', range));
    app.comparison.toggleShownDay();
    expect(app.date).toBe('2020-09-26');
    expect(app.comparison.day).toBe(toDay('2020-11-10'));
    app.comparison.toggleShownDay();
    expect(app.date).toBe('2020-11-10');
    expect(app.comparison.day).toBe(toDay('2020-09-26'));
  });

  it('stops comparing, and a link without compare= stops it too', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#date=1994-05-12&compare=1991-12-01', range));
    expect(app.comparison.active).toBe(true);
    app.comparison.stopComparing();
    expect(app.comparison.day).toBeNull();
    expect(app.toHash()).toEqual({ date: '1994-05-12' });
    app.comparison.compareWith(toDay('1991-12-01'));
    app.applyHash(parseHash('#date=1994-05-12', range));
    expect(app.comparison.active).toBe(false);
    app.comparison.toggleShownDay();
    expect(app.date).toBe('1994-05-12');
  });

  it('clamps a compared day set by the UI', () => {
    const app = new AppState(range);
    app.comparison.compareWith(toDay('2030-01-01'));
    expect(app.comparison.day).toBe(toDay('2025-09-30'));
  });
});
