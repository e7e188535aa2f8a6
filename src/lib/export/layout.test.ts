import { describe, expect, it } from 'vitest';
import {
  type Box,
  type LayoutInput,
  exportFileName,
  layoutExport,
  metresPerPixel,
  scaleBar,
} from './layout';

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const input = (width: number, height: number): LayoutInput => ({
  width,
  height,
  headerLines: [220, 180, 160],
  legendLines: [
    { width: 120, swatch: false },
    { width: 90, swatch: true },
    { width: 100, swatch: true },
  ],
  footerLines: [400, 300],
  scale: { metres: 50_000, length: 100, label: '50 km' },
});

describe('metresPerPixel', () => {
  it('is the equator divided over 512 pixels at zoom 0, and halves per zoom level', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 3);
    expect(metresPerPixel(1, 0)).toBeCloseTo(40_075_016.686 / 1024, 3);
    // At 60° a parallel is half the equator.
    expect(metresPerPixel(0, 60)).toBeCloseTo(40_075_016.686 / 1024, 3);
  });
});

describe('scaleBar', () => {
  it('picks the longest round distance that fits', () => {
    expect(scaleBar(100, 120)).toEqual({ metres: 10_000, length: 100, label: '10 km' });
    expect(scaleBar(100, 99)).toEqual({ metres: 5000, length: 50, label: '5 km' });
    expect(scaleBar(1000, 120)).toEqual({ metres: 100_000, length: 100, label: '100 km' });
    expect(scaleBar(2, 120).label).toBe('200 m');
    expect(scaleBar(300, 120)).toEqual({ metres: 20_000, length: 20_000 / 300, label: '20 km' });
  });
});

describe('layoutExport', () => {
  it('keeps every box inside the image, the header on top and the rest above the footer', () => {
    for (const [w, h] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const layout = layoutExport(input(w, h));
      for (const box of [layout.header, layout.legend!, layout.footer, layout.scale]) {
        expect(inside(box, w, h), JSON.stringify(box)).toBe(true);
      }
      expect(layout.header.y).toBeLessThan(layout.legend!.y);
      expect(layout.legend!.y + layout.legend!.height).toBeLessThanOrEqual(layout.footer.y);
      expect(overlap(layout.legend!, layout.footer)).toBe(false);
      expect(overlap(layout.scale, layout.footer)).toBe(false);
      expect(overlap(layout.scale, layout.legend!)).toBe(false);
      // The scale bar sits at the right edge.
      expect(layout.scale.x + layout.scale.width).toBe(w - 8);
    }
  });

  it('narrows text boxes to the image instead of running off it', () => {
    const layout = layoutExport({ ...input(300, 600), footerLines: [900] });
    expect(layout.footer.width).toBe(300 - 16);
  });

  it('leaves the legend out when there is nothing to explain', () => {
    expect(layoutExport({ ...input(800, 600), legendLines: [] }).legend).toBeNull();
  });
});

describe('exportFileName', () => {
  it('names the file after the day shown', () => {
    expect(exportFileName('2020-11-10')).toBe('caucasus-atlas-2020-11-10.png');
  });
});
