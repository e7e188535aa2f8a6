import { describe, expect, it } from 'vitest';
import { normalizeText, type Place, placeName } from './places';

function place(
  id: string,
  name: string,
  names: Place['names'] = {},
  native: Place['native'] = {},
): Place {
  return { id, kind: 'town', country: 'AZ', name, names, native, lat: 0, lon: 0, sources: ['s'] };
}

const lachin = place('lachin', 'Lachin', { hy: 'Berdzor', az: 'Lachin' });
const shusha = place(
  'shusha',
  'Shusha',
  { hy: 'Shushi', az: 'Shusha' },
  { hy: 'Շուշի', az: 'Şuşa' },
);
const sus = place('sus', 'Sus', {}, { hy: 'Սուս' });

describe('placeName', () => {
  it('uses each convention and falls back to the international name', () => {
    expect(placeName(lachin, 'intl')).toBe('Lachin');
    expect(placeName(lachin, 'hy')).toBe('Berdzor');
    expect(placeName(shusha, 'hy')).toBe('Shushi');
    expect(placeName(sus, 'hy')).toBe('Sus');
  });

  it('writes Azerbaijani usage in the Azerbaijani spelling, else its English one', () => {
    expect(placeName(shusha, 'az')).toBe('Şuşa');
    expect(placeName(lachin, 'az')).toBe('Lachin');
    expect(placeName(place('talish', 'Talish', {}, { az: 'Talış' }), 'az')).toBe('Talış');
  });

  it("keeps a zone's Azerbaijani usage, which is written in the Azerbaijani alphabet", () => {
    const zone = {
      name: 'Eastern edge of Martakert',
      names: { az: 'Ağdərənin şərq kənarı' },
      native: { az: 'Ağdərə' },
    };
    expect(placeName(zone, 'az')).toBe('Ağdərənin şərq kənarı');
    expect(placeName({ ...zone, names: {} }, 'az')).toBe('Eastern edge of Martakert');
  });
});

describe('normalizeText', () => {
  it('drops case and diacritics and folds ə and ı', () => {
    expect(normalizeText('Xankəndi')).toBe('xankendi');
    expect(normalizeText('Qubadlı')).toBe('qubadli');
    expect(normalizeText('Füzuli')).toBe('fuzuli');
    expect(normalizeText('  Şuşa! ')).toBe('susa');
    expect(normalizeText('Washington, D.C.')).toBe('washington d c');
  });
});
