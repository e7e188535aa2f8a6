import { describe, expect, it } from 'vitest';
import { AppState } from './app-state.svelte';
import { parseHash } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

describe('AppState', () => {
  it('defaults the date to the day the data is verified through', () => {
    const app = new AppState(range);
    expect(app.date).toBe('2025-09-30');
    app.applyHash(parseHash('', range));
    expect(app.date).toBe('2025-09-30');
    expect(app.layers).toEqual(['control', 'events']);
    expect(app.notices).toEqual([]);
  });

  it('takes the hash, reports problems once, and writes back only what differs from defaults', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#date=2020-11-10&names=az&layers=relations&bogus=1', range));
    expect(app.date).toBe('2020-11-10');
    expect(app.notices).toHaveLength(1);
    expect(app.toHash()).toEqual({ date: '2020-11-10', layers: ['relations'], names: 'az' });
  });

  it('clamps dates set by the UI and keeps layers in canonical order', () => {
    const app = new AppState(range);
    app.setDay(-5000);
    expect(app.date).toBe('1988-01-01');
    app.toggleLayer('relations', true);
    app.toggleLayer('control', false);
    expect(app.layers).toEqual(['relations', 'events']);
  });

  it('keeps a view that is not built yet in the link, and says so', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#view=claims', range));
    expect(app.view).toBe('claims');
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.text).toContain('claims');
    expect(app.toHash().view).toBe('claims');
  });

  it('dismisses notices by id', () => {
    const app = new AppState(range);
    app.notify('one');
    app.notify('two');
    app.dismiss(app.notices[0]!.id);
    expect(app.notices.map((n) => n.text)).toEqual(['two']);
  });
});
