import { describe, expect, it } from 'vitest';
import { type Story, positionForBounds, stepIndex } from './stories';

describe('positionForBounds', () => {
  it('centres the bounds and fits the binding side', () => {
    // 360° of longitude at zoom 0 are 512 px: 90° in 512 px wants zoom 2.
    const p = positionForBounds([0, -10, 90, 10], 512, 4096);
    expect(p.zoom).toBeCloseTo(2, 5);
    expect(p.lon).toBe(45);
    expect(p.lat).toBeCloseTo(0, 4);
  });

  it('keeps the zoom within 0..14', () => {
    expect(positionForBounds([46, 39, 46.0001, 39.0001], 1000, 1000).zoom).toBe(14);
    expect(positionForBounds([-180, -85, 180, 85], 100, 100).zoom).toBe(0);
  });
});

describe('stepIndex', () => {
  const story = { id: 's', title: 'S', steps: [{}, {}, {}] } as unknown as Story;
  it('takes a 1-based step within the story', () => {
    expect(stepIndex(story, 1)).toEqual({ index: 0, clamped: false });
    expect(stepIndex(story, 3)).toEqual({ index: 2, clamped: false });
  });
  it('clamps a step outside the story and says so', () => {
    expect(stepIndex(story, 4)).toEqual({ index: 2, clamped: true });
    expect(stepIndex(story, 0)).toEqual({ index: 0, clamped: true });
    expect(stepIndex(story, 1.5)).toEqual({ index: 0, clamped: true });
  });
});
