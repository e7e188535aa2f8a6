import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash, type HashState } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

describe('parseHash', () => {
  it('reads every parameter in its documented form', () => {
    const { state, problems } = parseHash(
      '#map=8/39.8/46.7&date=1995-06-01&layers=relations,control&focus=am&select=zone:shusha&names=hy&view=control',
      range,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      map: { zoom: 8, lat: 39.8, lon: 46.7 },
      date: '1995-06-01',
      layers: ['control', 'relations'],
      focus: 'AM',
      select: { kind: 'zone', id: 'shusha' },
      names: 'hy',
      view: 'control',
    });
  });

  it('returns nothing and no problem for an empty hash', () => {
    expect(parseHash('', range)).toEqual({ state: {}, problems: [], rewrite: false });
    expect(parseHash('#', range)).toEqual({ state: {}, problems: [], rewrite: false });
  });

  it('clamps well-formed dates outside the range and says so', () => {
    const early = parseHash('#date=1980-05-01', range);
    expect(early.state.date).toBe('1988-01-01');
    expect(early.problems).toHaveLength(1);
    expect(early.problems[0]).toContain('1 May 1980');
    const late = parseHash('#date=2031-01-01', range);
    expect(late.state.date).toBe('2025-09-30');
    expect(late.problems[0]).toContain('30 September 2025');
  });

  it('keeps the range ends themselves without a notice', () => {
    expect(parseHash('#date=1988-01-01', range)).toEqual({
      state: { date: '1988-01-01' },
      problems: [],
      rewrite: false,
    });
    expect(parseHash('#date=2025-09-30', range).problems).toEqual([]);
  });

  it('ignores malformed values with one problem each, keeping the rest', () => {
    const { state, problems } = parseHash(
      '#date=1994-02-30&map=abc&focus=ARME&select=planet:mars&names=fr&view=3d&layers=control,weather&x=1&date2',
      range,
    );
    expect(state).toEqual({ layers: ['control'] });
    expect(problems).toHaveLength(9);
  });

  it('keeps the default layers when every named layer is unknown, and says so', () => {
    const { state, problems, rewrite } = parseHash('#layers=foo', range);
    expect(state.layers).toBeUndefined();
    expect(problems).toEqual([
      'Ignored unknown layer “foo”; showing the default layers (control, events).',
    ]);
    expect(rewrite).toBe(true);
    // A known layer beside an unknown one is what the link asks for.
    expect(parseHash('#layers=foo,relations', range).state.layers).toEqual(['relations']);
  });

  it('survives broken percent-encoding and repeated keys', () => {
    const { state, problems } = parseHash(
      '#select=zone:%E0%A4%A&date=2000-01-01&date=2001-01-01',
      range,
    );
    expect(state).toEqual({ date: '2000-01-01' });
    expect(problems).toHaveLength(2);
  });

  it('accepts MapLibre positions with bearing and pitch', () => {
    expect(parseHash('#map=9/39.758/46.748/20/45', range).state.map).toEqual({
      zoom: 9,
      lat: 39.758,
      lon: 46.748,
      bearing: 20,
      pitch: 45,
    });
  });

  it('reports a map= the map would silently ignore, and asks for the URL to be rewritten', () => {
    const zoomed = parseHash('#map=23/40/45&date=2000-01-01', range);
    expect(zoomed.state.map).toEqual({ zoom: 14, lat: 40, lon: 45 });
    expect(zoomed.problems).toHaveLength(1);
    expect(zoomed.rewrite).toBe(true);
    const off = parseHash('#map=5/157/45&focus=AM', range);
    expect(off.state).toEqual({ focus: 'AM' });
    expect(off.problems[0]).toContain('“map=5/157/45”');
    expect(parseHash('#map=5/40/45&date=2000-01-01', range).rewrite).toBe(false);
  });

  it('shortens long values in problems', () => {
    const long = 'x'.repeat(100_000);
    const { problems } = parseHash(`#foo=${long}&layers=${long}`, range);
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem.length).toBeLessThan(120);
    expect(problems[0]).toBe(`Ignored unknown parameter “foo=${'x'.repeat(35)}…”.`);
  });

  it('accepts a focus code of two or three letters', () => {
    expect(parseHash('#focus=abk', range).state.focus).toBe('ABK');
    expect(parseHash('#focus=ABKH', range).problems).toHaveLength(1);
  });
});

describe('serialiseHash', () => {
  it('writes parameters in a fixed order and round-trips through parseHash', () => {
    const state: HashState = {
      map: { zoom: 9.123, lat: 39.75812, lon: 46.74791 },
      date: '2020-11-10',
      layers: ['control', 'relations'],
      focus: 'PK',
      select: { kind: 'country', id: 'AM' },
      names: 'az',
      view: 'control',
    };
    const hash = serialiseHash(state);
    expect(hash).toBe(
      '#map=9.12/39.7581/46.7479&date=2020-11-10&layers=control,relations&focus=PK&select=country:AM&names=az&view=control',
    );
    expect(parseHash(hash, range)).toEqual({
      state: { ...state, map: { zoom: 9.12, lat: 39.7581, lon: 46.7479 } },
      problems: [],
      rewrite: false,
    });
  });

  it('leaves out absent fields', () => {
    expect(serialiseHash({})).toBe('');
    expect(serialiseHash({ date: '1994-05-12' })).toBe('#date=1994-05-12');
    expect(serialiseHash({ layers: [] })).toBe('#layers=');
    expect(parseHash('#layers=', range)).toEqual({
      state: { layers: [] },
      problems: [],
      rewrite: false,
    });
  });

  it('keeps embed=1 and drops any other embed value', () => {
    expect(parseHash('#date=2020-11-10&embed=1', range)).toEqual({
      state: { date: '2020-11-10', embed: true },
      problems: [],
      rewrite: false,
    });
    expect(serialiseHash({ date: '2020-11-10', embed: true })).toBe('#date=2020-11-10&embed=1');
    const { state, problems } = parseHash('#embed=yes', range);
    expect(state).toEqual({});
    expect(problems).toHaveLength(1);
  });
});
