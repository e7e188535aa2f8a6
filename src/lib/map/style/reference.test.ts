/** The reference water layers, as data: what they draw, where they sit, and that no date moves them. */
import { describe, expect, it } from 'vitest';
import { atlasLayers } from './index';
import { LAYER_GROUPS, LAYER_ORDER } from './layer-order';
import { WATER, referenceLayers } from './reference';

describe('reference water layers', () => {
  const layers = referenceLayers();

  it('draw lakes as a fill and rivers as a thin line from the base map’s source, by kind', () => {
    expect(layers.map((l) => [l.id, l.type, 'source' in l ? l.source : null])).toEqual([
      ['water-lakes', 'fill', 'base'],
      ['water-rivers', 'line', 'base'],
    ]);
    expect(layers.map((l) => ('filter' in l ? l.filter : null))).toEqual([
      ['==', ['get', 'kind'], 'lake'],
      ['==', ['get', 'kind'], 'river'],
    ]);
    const river = layers[1]!;
    expect(river.type === 'line' && river.paint?.['line-color']).toBe(WATER.river);
  });

  it('sit above the land and beneath every control layer', () => {
    const at = (name: (typeof LAYER_ORDER)[number]) => LAYER_ORDER.indexOf(name);
    for (const id of ['water-lakes', 'water-rivers'] as const) {
      expect(at(id)).toBeGreaterThan(at('countries'));
      expect(at(id)).toBeLessThan(at('control-fill'));
      expect(LAYER_GROUPS[id]).toBeUndefined(); // always shown, whatever layers= says
    }
    expect(atlasLayers().filter((l) => l.id.startsWith('water-'))).toEqual(layers);
  });

  it('read nothing that changes with the date (no feature-state)', () => {
    expect(JSON.stringify(layers)).not.toContain('feature-state');
  });
});
