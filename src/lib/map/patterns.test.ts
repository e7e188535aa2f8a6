import { describe, expect, it } from 'vitest';
import { HATCH_INK, HATCH_TINT, hatchPattern } from './patterns';

function alphaAt(image: ReturnType<typeof hatchPattern>, x: number, y: number): number {
  return image.data[(y * image.width + x) * 4 + 3]!;
}

describe('low-confidence hatching', () => {
  const image = hatchPattern();

  it('paints every pixel of the tile, so no part of an area is left bare', () => {
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) expect(alphaAt(image, x, y)).toBeGreaterThan(0);
    }
  });

  it('inks a third of the tile (two pixels in six along each diagonal)', () => {
    let ink = 0;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) if (alphaAt(image, x, y) === HATCH_INK[3]) ink++;
    }
    expect(ink / (image.width * image.height)).toBeCloseTo(1 / 3, 5);
    expect(HATCH_TINT[3]).not.toBe(HATCH_INK[3]);
  });

  it('continues across the tile edges: the next tile over goes on with the same lines', () => {
    const inkAt = (x: number, y: number) =>
      alphaAt(image, x % image.width, y % image.height) === HATCH_INK[3];
    // A line rising to the right: one pixel right and one up is ink again, across both edges.
    for (let y = 1; y <= image.height; y++) {
      for (let x = 0; x < image.width; x++) expect(inkAt(x + 1, y - 1)).toBe(inkAt(x, y));
    }
  });
});
