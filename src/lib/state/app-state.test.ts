import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AppState } from './app-state.svelte';
import { parseHash } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

describe('AppState', () => {
  it('defaults the day to the day the data is verified through', () => {
    const app = new AppState(range);
    expect(app.day).toBe(toDay('2025-09-30'));
    expect(app.date).toBe('2025-09-30');
    app.applyHash(parseHash('', range));
    expect(app.date).toBe('2025-09-30');
    expect(app.layers).toEqual(['control', 'events']);
    expect(app.notices).toEqual([]);
  });

  it('takes the hash, reports problems once, and writes back only what differs from defaults', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#date=2020-11-10&names=az&layers=relations&bogus=1', range));
    expect(app.day).toBe(toDay('2020-11-10'));
    expect(app.notices).toHaveLength(1);
    expect(app.toHash()).toEqual({ date: '2020-11-10', layers: ['relations'], names: 'az' });
  });

  it('keeps the day as a day number and derives the ISO date from it', () => {
    const app = new AppState(range);
    app.setDay(toDay('1994-05-12'));
    expect(app.day).toBe(toDay('1994-05-12'));
    expect(app.date).toBe('1994-05-12');
    expect(app.toHash().date).toBe('1994-05-12');
  });

  it('clamps days set by the UI to the covered range', () => {
    const app = new AppState(range);
    app.setDay(-5000);
    expect(app.date).toBe('1988-01-01');
    app.setDay(toDay('2030-01-01'));
    expect(app.date).toBe('2025-09-30');
  });

  it('keeps layers in canonical order whatever order they are toggled in', () => {
    const app = new AppState(range);
    app.toggleLayer('relations', true);
    app.toggleLayer('control', false);
    expect(app.layers).toEqual(['relations', 'events']);
    app.toggleLayer('control', true);
    expect(app.layers).toEqual(['control', 'relations', 'events']);
    expect(app.hasLayer('control')).toBe(true);
  });

  it('turns the relations layer on when a focus is chosen, and leaves layers alone when cleared', () => {
    const app = new AppState(range);
    expect(app.hasLayer('relations')).toBe(false);
    app.setFocus('AM');
    expect(app.focus).toBe('AM');
    expect(app.layers).toEqual(['control', 'relations', 'events']);
    app.setFocus(null);
    expect(app.focus).toBeNull();
    expect(app.layers).toEqual(['control', 'relations', 'events']);
  });

  it('keeps the relations layer off when a link sets a focus without it', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#focus=AM&layers=control', range));
    expect(app.focus).toBe('AM');
    expect(app.layers).toEqual(['control']);
  });

  it('changes the naming convention and writes it to the link', () => {
    const app = new AppState(range);
    app.setConvention('hy');
    expect(app.names).toBe('hy');
    expect(app.toHash().names).toBe('hy');
    app.setConvention('intl');
    expect(app.toHash().names).toBeUndefined();
  });

  it('selects and clears what the panel shows', () => {
    const app = new AppState(range);
    app.select({ kind: 'zone', id: 'shusha' });
    expect(app.toHash().select).toEqual({ kind: 'zone', id: 'shusha' });
    app.select(null);
    expect(app.selection).toBeNull();
    expect(app.toHash().select).toBeUndefined();
  });

  it('drops a selection the data does not know, and says which', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#select=zone:atlantis', range));
    app.dropUnknownSelection();
    expect(app.selection).toBeNull();
    expect(app.notices.map((n) => n.text)).toEqual([
      "Nothing to show for “zone:atlantis”: it is not in the atlas's data.",
    ]);
    app.dropUnknownSelection();
    expect(app.notices).toHaveLength(1);
  });

  it('opens the view a link names, with no notice, and keeps it in the link', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#view=claims', range));
    expect(app.view).toBe('claims');
    expect(app.notices).toEqual([]);
    expect(app.toHash().view).toBe('claims');
  });

  it('switches views by intent, leaving the day and layers, and drops view= for control', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#date=2019-06-01&layers=control', range));
    app.showView('recognised');
    expect(app.view).toBe('recognised');
    expect(app.toHash()).toMatchObject({ date: '2019-06-01', view: 'recognised' });
    expect(app.layers).toEqual(['control']);
    app.showView('control');
    expect(app.toHash().view).toBeUndefined();
  });

  it('drops a focus whose relations are not followed, naming those that are', () => {
    const app = new AppState(range);
    const followed = [
      { code: 'AM', name: 'Armenia' },
      { code: 'PK', name: 'Pakistan' },
    ];
    app.applyHash(parseHash('#focus=PK', range));
    app.dropUnknownFocus(followed);
    expect(app.focus).toBe('PK');
    expect(app.notices).toEqual([]);
    app.applyHash(parseHash('#focus=zz', range));
    app.dropUnknownFocus(followed);
    expect(app.focus).toBeNull();
    expect(app.notices.map((n) => n.text)).toEqual([
      'Ignored focus “ZZ”: the relations layer can show AM, PK.',
    ]);
  });

  it('gives one notice per link however many problems it has', () => {
    const app = new AppState(range);
    const hash = '#' + Array.from({ length: 2000 }, (_, i) => `date=19${10 + (i % 80)}-01-01`);
    app.applyHash(parseHash(hash.replace(/,/g, '&'), range));
    expect(app.notices).toHaveLength(1);
    expect(app.notices[0]!.text).toMatch(/^\d+ parts of the link were ignored or adjusted\.$/);
    expect(app.notices[0]!.details.length).toBeLessThanOrEqual(9);
    for (let i = 0; i < 25; i++) app.applyHash(parseHash(`#date=bad${i}`, range));
    expect(app.notices).toHaveLength(3);
  });

  it('reads embed=1 as a flag and keeps it in the link', () => {
    const app = new AppState(range);
    expect(app.embed).toBe(false);
    app.applyHash(parseHash('#embed=1', range));
    expect(app.embed).toBe(true);
    expect(app.toHash().embed).toBe(true);
    app.applyHash(parseHash('', range));
    expect(app.embed).toBe(false);
    expect(app.toHash().embed).toBeUndefined();
  });

  it('dismisses notices by id', () => {
    const app = new AppState(range);
    app.notify('one');
    app.notify('two');
    app.dismiss(app.notices[0]!.id);
    expect(app.notices.map((n) => n.text)).toEqual(['two']);
  });

  it('keeps the notices of a long session of bad links bounded, newest last', () => {
    const app = new AppState(range);
    for (let i = 0; i < 5000; i++) app.applyHash(parseHash(`#date=1990-01-01&bogus${i}=1`, range));
    expect(app.notices).toHaveLength(3);
    expect(app.notices.map((n) => n.text)).toEqual([
      'Ignored unknown parameter “bogus4997=1”.',
      'Ignored unknown parameter “bogus4998=1”.',
      'Ignored unknown parameter “bogus4999=1”.',
    ]);
  });

  it('shows the same notice once, however often it comes', () => {
    const app = new AppState(range);
    app.notify('one');
    for (let i = 0; i < 10; i++) app.notify('again');
    expect(app.notices.map((n) => n.text)).toEqual(['one', 'again']);
  });
});

describe('framing a selection', () => {
  it('frames what is opened, not what is clicked on the map', () => {
    const app = new AppState(range);
    app.select({ kind: 'zone', id: 'shusha' });
    expect(app.frameRequest).toBeNull();
    app.open({ kind: 'place', id: 'shusha' });
    expect(app.frameRequest).toEqual({ selection: { kind: 'place', id: 'shusha' }, request: 1 });
    app.open({ kind: 'place', id: 'shusha' });
    expect(app.frameRequest?.request).toBe(2);
  });

  it('frames a linked selection only when the link gives no map position', () => {
    const app = new AppState(range);
    app.applyHash(parseHash('#select=zone:shusha&map=9/39.7/46.7', range));
    expect(app.frameRequest).toBeNull();
    app.applyHash(parseHash('#select=zone:shusha', range));
    expect(app.frameRequest?.selection).toEqual({ kind: 'zone', id: 'shusha' });
  });
});
