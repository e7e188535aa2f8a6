import { describe, expect, it } from 'vitest';
import { checkMapPosition, formatMapPosition } from './map-position';

const shown = '“map=…”';

describe('checkMapPosition', () => {
  it('keeps a position the map can show as it is, without problems', () => {
    expect(checkMapPosition('8/39.8/46.7', shown)).toEqual({
      ok: true,
      position: { zoom: 8, lat: 39.8, lon: 46.7 },
      problems: [],
    });
    expect(checkMapPosition('9/39.758/46.748/20/45', shown)).toEqual({
      ok: true,
      position: { zoom: 9, lat: 39.758, lon: 46.748, bearing: 20, pitch: 45 },
      problems: [],
    });
  });

  it('brings a zoom past the range to its end, and says so', () => {
    const checked = checkMapPosition('23/40/45', shown);
    expect(checked.ok && checked.position.zoom).toBe(14);
    expect(checked.ok && checked.problems).toEqual([
      'The map zooms from −2 to 14, not 23; showing zoom 14.',
    ]);
    const low = checkMapPosition('-5/40/45', shown);
    expect(low.ok && low.position.zoom).toBe(-2);
  });

  it('turns a bearing past 180° into the same direction', () => {
    const checked = checkMapPosition('5/40/45/992', shown);
    expect(checked.ok && checked.position.bearing).toBe(-88);
    expect(checked.ok && checked.problems).toHaveLength(1);
    expect(checkMapPosition('5/40/45/-180', shown)).toMatchObject({ position: { bearing: 180 } });
    expect(checkMapPosition('5/40/45/540', shown)).toMatchObject({ position: { bearing: 180 } });
  });

  it('limits the tilt', () => {
    const checked = checkMapPosition('5/40/45/0/85', shown);
    expect(checked.ok && checked.position.pitch).toBe(60);
    expect(checked.ok && checked.problems[0]).toContain('60°');
  });

  it('rejects positions off the map and malformed values', () => {
    for (const value of [
      '5/157/45',
      '5/40/200',
      '5/-86/45',
      '5/40',
      '5/40/45/1/2/3',
      'a/b/c',
      '',
    ]) {
      const checked = checkMapPosition(value, shown);
      expect(checked.ok, value).toBe(false);
      expect(!checked.ok && checked.problem).toContain(shown);
    }
  });
});

describe('formatMapPosition', () => {
  it('writes MapLibre’s form, with bearing and pitch only when given', () => {
    expect(formatMapPosition({ zoom: 8.123, lat: 39.800001, lon: 46.7 })).toBe('8.12/39.8/46.7');
    expect(formatMapPosition({ zoom: 5, lat: 40, lon: 45, bearing: -88 })).toBe('5/40/45/-88');
    expect(formatMapPosition({ zoom: 5, lat: 40, lon: 45, pitch: 60 })).toBe('5/40/45/0/60');
  });
});
