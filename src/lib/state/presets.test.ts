import { describe, expect, it } from 'vitest';
import {
  PAKISTAN_POINT,
  PRESET_BOUNDS,
  firstView,
  headingTo,
  isCompactScreen,
  selectionPadding,
  startsWithChart,
} from './presets';

describe('screens and first views', () => {
  it('treats upright and sideways phones as compact, desktops and tablets not', () => {
    expect(isCompactScreen(390, 844)).toBe(true);
    expect(isCompactScreen(844, 390)).toBe(true);
    expect(isCompactScreen(1280, 800)).toBe(false);
    expect(isCompactScreen(768, 1024)).toBe(false);
  });
  it('opens a phone on the South Caucasus alone, a desktop on both regions', () => {
    expect(firstView(390, 844)).toBe('caucasus');
    expect(firstView(844, 390)).toBe('caucasus');
    expect(firstView(1280, 800)).toBe('caucasus-pakistan');
  });
  it('folds the land chart only in a wide window under 900 px high', () => {
    expect(startsWithChart(1280, 800)).toBe(false);
    expect(startsWithChart(1280, 1000)).toBe(true);
    expect(startsWithChart(390, 844)).toBe(true);
  });
  it('keeps a phone sheet clear of the timeline under it', () => {
    const padding = selectionPadding(390, 844, { top: 100, bottom: 60 });
    expect(padding.bottom).toBe(Math.round(844 * 0.5) + 60 + 16);
  });
});

describe('headingTo', () => {
  it('points east from the South Caucasus view to Pakistan', () => {
    expect(headingTo(PRESET_BOUNDS.caucasus, PAKISTAN_POINT)).toBe('east');
  });
  it('says nothing when the point is in view', () => {
    expect(headingTo(PRESET_BOUNDS.pakistan, PAKISTAN_POINT)).toBeNull();
  });
  it('picks the side the point lies furthest beyond', () => {
    const bounds = [
      [0, 0],
      [10, 10],
    ] as const;
    expect(headingTo(bounds, [-20, 12])).toBe('west');
    expect(headingTo(bounds, [5, -3])).toBe('south');
    expect(headingTo(bounds, [11, 30])).toBe('north');
  });
});
