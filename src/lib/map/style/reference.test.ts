/** The reference layers, as data: what they draw, where they sit, and that no date moves them. */
import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { atlasLayers } from './index';
import { LAYER_GROUPS, LAYER_ORDER } from './layer-order';
import { NKAO_LINE, WATER, nkaoLineOpacity, referenceLayers, withNkaoShown } from './reference';

describe('reference layers', () => {
  const layers = referenceLayers();

  it('draw lakes, rivers and the NKAO outline from the base map’s source, by kind', () => {
    expect(layers.map((l) => [l.id, l.type, 'source' in l ? l.source : null])).toEqual([
      ['water-lakes', 'fill', 'base'],
      ['water-rivers', 'line', 'base'],
      ['reference-nkao', 'line', 'base'],
    ]);
    expect(layers.map((l) => ('filter' in l ? l.filter : null))).toEqual([
      ['==', ['get', 'kind'], 'lake'],
      ['==', ['get', 'kind'], 'river'],
      ['==', ['get', 'kind'], 'reference-line'],
    ]);
    const river = layers[1]!;
    expect(river.type === 'line' && river.paint?.['line-color']).toBe(WATER.river);
  });

  it('put the water over every fill and pattern, under coasts, borders, fronts and labels', () => {
    const at = (name: (typeof LAYER_ORDER)[number]) => LAYER_ORDER.indexOf(name);
    for (const id of ['water-lakes', 'water-rivers'] as const) {
      for (const under of ['countries', 'control-fill', 'relations-fill', 'compare-lost'] as const)
        expect(at(id), `${id} over ${under}`).toBeGreaterThan(at(under));
      for (const over of ['coasts', 'borders', 'control-fronts', 'place-labels'] as const)
        expect(at(id), `${id} under ${over}`).toBeLessThan(at(over));
      expect(LAYER_GROUPS[id]).toBeUndefined(); // always shown, whatever layers= says
    }
    expect(atlasLayers().filter((l) => l.id.startsWith('water-'))).toEqual(layers.slice(0, 2));
  });

  it('put the NKAO outline over every fill and border, under the fronts', () => {
    const at = (name: (typeof LAYER_ORDER)[number]) => LAYER_ORDER.indexOf(name);
    expect(at('reference-nkao')).toBeGreaterThan(at('borders'));
    expect(at('reference-nkao')).toBeGreaterThan(at('relations-fill'));
    expect(at('reference-nkao')).toBeLessThan(at('control-fronts'));
    expect(LAYER_GROUPS['reference-nkao']).toBeUndefined(); // its own toggle, nkao=
  });

  it('show and hide the NKAO outline by its opacity alone, never by layout', () => {
    const nkao = layers[2]!;
    expect(nkao.type === 'line' && nkao.paint?.['line-opacity']).toBe(0);
    expect(nkao.layout).not.toHaveProperty('visibility');
    expect(nkaoLineOpacity(true)).toBe(NKAO_LINE.opacity);
    const style = { version: 8, sources: {}, layers } as StyleSpecification;
    const shown = withNkaoShown(style, true).layers.find((l) => l.id === 'reference-nkao')!;
    expect(shown.type === 'line' && shown.paint?.['line-opacity']).toBe(NKAO_LINE.opacity);
    // The rest of the style is untouched.
    expect(withNkaoShown(style, true).layers.slice(0, 2)).toEqual(layers.slice(0, 2));
  });

  it('read nothing that changes with the date (no feature-state)', () => {
    expect(JSON.stringify(layers)).not.toContain('feature-state');
  });
});
