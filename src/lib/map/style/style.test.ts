import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { FEATURE_STATE } from '../feature-state';
import { styleDataOf } from '../map-data';
import { fixtureData } from '../test/fixture';
import { toDay } from '../../time/days';
import { atlasStyle } from './index';
import { LAYER_GROUPS, LAYER_ORDER, LAZY_LAYERS } from './layer-order';

const style = atlasStyle(
  styleDataOf(fixtureData(), 'intl', toDay('1990-01-01')),
  'http://localhost/glyphs/{fontstack}/{range}.pbf',
);

/** Every `['feature-state', key]` anywhere in a value. */
function stateKeysIn(value: unknown): string[] {
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object') return Object.values(value).flatMap(stateKeysIn);
    return [];
  }
  if (value[0] === 'feature-state' && typeof value[1] === 'string') return [value[1]];
  return value.flatMap(stateKeysIn);
}

function sourceOf(layer: LayerSpecification): string | undefined {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}

describe('the atlas style, as data', () => {
  it('passes the MapLibre style specification', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('lists the sources with labels before every other source the first view draws', () => {
    // MapLibre asks for first tiles in this order (sources.ts says why it matters): those with
    // features and a layer shown.
    const drawn = (source: string) => {
      const data = (style.sources[source] as { data?: FeatureCollection }).data;
      const shown = style.layers.some(
        (l) => sourceOf(l) === source && l.layout?.visibility !== 'none',
      );
      return shown && (data?.features.length ?? 0) > 0;
    };
    const order = Object.keys(style.sources).filter(drawn);
    const labelled = new Set(style.layers.filter((l) => l.type === 'symbol').map(sourceOf));
    const firstUnlabelled = order.findIndex((source) => !labelled.has(source));
    expect(order.slice(0, firstUnlabelled).sort()).toEqual([...labelled].sort());
    expect(order.at(-1)).toBe('control');
  });

  it('has every layer of LAYER_ORDER once, in that order, but the lazy ones', () => {
    expect(style.layers.map((l) => l.id)).toEqual(
      LAYER_ORDER.filter((name) => !LAZY_LAYERS.includes(name)),
    );
    expect(LAZY_LAYERS).toEqual(['town-dots', 'town-labels']);
  });

  it('draws every layer from a source that exists, and every source feeds a layer', () => {
    const used = new Set(style.layers.map(sourceOf).filter((s) => s !== undefined));
    for (const layer of style.layers) {
      const source = sourceOf(layer);
      if (layer.type !== 'background') expect(Object.keys(style.sources)).toContain(source);
    }
    expect([...used].sort()).toEqual(Object.keys(style.sources).sort());
  });

  it('reads only feature-state keys the contract lists for the layer’s source', () => {
    for (const layer of style.layers) {
      const keys = stateKeysIn([
        'paint' in layer ? layer.paint : null,
        'layout' in layer ? layer.layout : null,
      ]);
      const source = sourceOf(layer) as keyof typeof FEATURE_STATE | undefined;
      const allowed = source && source in FEATURE_STATE ? Object.keys(FEATURE_STATE[source]) : [];
      for (const key of keys) expect(allowed, `${layer.id} reads ${key}`).toContain(key);
    }
  });

  it('reads every key of the contract somewhere (no state written for nothing)', () => {
    const read = new Set(
      style.layers.flatMap((layer) =>
        stateKeysIn('paint' in layer ? layer.paint : null).map((k) => `${sourceOf(layer)}.${k}`),
      ),
    );
    const written = Object.entries(FEATURE_STATE).flatMap(([source, keys]) =>
      Object.keys(keys).map((k) => `${source}.${k}`),
    );
    expect([...read].sort()).toEqual(written.sort());
  });

  it('draws the base map’s lines, water and names from one source, each layer one kind', () => {
    const base = style.sources.base as { data: FeatureCollection };
    // The fixture's base map: one border line and one coast line, no water, no labels.
    expect(base.data.features.map((f) => f.properties?.kind)).toEqual(['border', 'coast']);
    const kinds = Object.fromEntries(
      style.layers
        .filter((layer) => sourceOf(layer) === 'base')
        .map((layer) => [layer.id, 'filter' in layer ? layer.filter : null]),
    );
    expect(kinds).toEqual({
      'water-lakes': ['==', ['get', 'kind'], 'lake'],
      'water-rivers': ['==', ['get', 'kind'], 'river'],
      coasts: ['==', ['get', 'kind'], 'coast'],
      borders: ['==', ['get', 'kind'], 'border'],
      'reference-nkao': ['==', ['get', 'kind'], 'reference-line'],
      'country-labels': ['==', ['get', 'kind'], 'country-label'],
    });
  });

  it('simplifies the base map as MapLibre does by default, the authored control lines finer', () => {
    const tolerance = (id: string) => (style.sources[id] as { tolerance?: number }).tolerance;
    // MapLibre's default (the benchmark's bare page sets none) for Natural Earth's geography.
    expect([tolerance('countries'), tolerance('base')]).toEqual([0.375, 0.375]);
    expect([tolerance('control'), tolerance('fronts')]).toEqual([0.2, 0.2]);
  });

  it('keeps a narrow tile buffer for area and line sources, wider than any line they draw', () => {
    const buffer = (id: string) => (style.sources[id] as { buffer?: number }).buffer;
    const widest = Math.max(
      ...style.layers.flatMap((layer) => {
        if (
          layer.type !== 'line' ||
          !['countries', 'base', 'control', 'fronts'].includes(sourceOf(layer) ?? '')
        )
          return [];
        const width = layer.paint?.['line-width'];
        // A number, or a zoom interpolation whose stops are [zoom, width] pairs flattened.
        if (typeof width === 'number') return [width];
        return Array.isArray(width)
          ? width
              .slice(3)
              .filter((_, i) => i % 2 === 1)
              .map(Number)
          : [1];
      }),
    );
    for (const id of ['countries', 'base', 'control', 'fronts']) {
      expect(buffer(id), id).toBe(32);
      expect(widest * 4, id).toBeLessThan(buffer(id)!);
    }
    // Point sources keep MapLibre's default.
    expect([buffer('places'), buffer('events')]).toEqual([undefined, undefined]);
  });

  it('groups only layers that exist under the app layers', () => {
    for (const name of Object.keys(LAYER_GROUPS)) expect(LAYER_ORDER).toContain(name);
  });
});
