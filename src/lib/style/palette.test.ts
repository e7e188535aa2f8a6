/**
 * Issue 12: relation colours that read apart. Differences are CIE76 ΔE in CIELAB, computed here
 * from the hex values, on the opaque colours the map draws.
 */
import { describe, expect, it } from 'vitest';
import {
  BASE,
  GRIDDED_RELATIONS,
  HATCHED_RELATIONS,
  RELATION_FILLS,
  type RelationColourKey,
} from './palette';

function lab(hex: string): [number, number, number] {
  const lin = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const [r, g, b] = lin;
  // sRGB to XYZ (D65), normalised by the white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const lightness = (hex: string) => lab(hex)[0];
const fill = (k: RelationColourKey) => RELATION_FILLS[k];

describe('relation colours', () => {
  it('the ΔE helper measures: white to black is 100, a colour to itself 0', () => {
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(100, 0);
    expect(deltaE('#35978f', '#35978f')).toBe(0);
  });

  it('“recognises it (not followed)” is clearly unlike the sea and the land', () => {
    expect(deltaE(fill('recognised'), BASE.sea)).toBeGreaterThan(20);
    expect(deltaE(fill('recognised'), BASE.otherCountry)).toBeGreaterThan(20);
  });

  it('alliance and strategic partnership differ, in lightness too (colour-blind readers)', () => {
    expect(deltaE(fill('alliance'), fill('strategic-partnership'))).toBeGreaterThan(20);
    expect(
      Math.abs(lightness(fill('alliance')) - lightness(fill('strategic-partnership'))),
    ).toBeGreaterThan(15);
  });

  it('alliance has a pattern as a second channel; strategic partnership has none', () => {
    const patterned = (k: RelationColourKey) =>
      GRIDDED_RELATIONS.includes(k) || HATCHED_RELATIONS.includes(k);
    expect(GRIDDED_RELATIONS.includes('alliance')).toBe(true);
    expect(patterned('strategic-partnership')).toBe(false);
    expect(HATCHED_RELATIONS.includes('no-data')).toBe(true);
  });

  it('“no data” is a grey, not white, and unlike the land', () => {
    const [l, a, b] = lab(fill('no-data'));
    expect(Math.hypot(a, b)).toBeLessThan(5);
    expect(l).toBeLessThan(85);
    expect(deltaE(fill('no-data'), BASE.otherCountry)).toBeGreaterThan(15);
  });

  it('every two relation colours shown together differ by at least ΔE 10', () => {
    const keys = Object.keys(RELATION_FILLS) as RelationColourKey[];
    for (const a of keys) {
      for (const b of keys) {
        if (a < b) expect(deltaE(fill(a), fill(b)), `${a} vs ${b}`).toBeGreaterThan(10);
      }
    }
  });
});
