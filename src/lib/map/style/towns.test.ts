import {
  type StylePropertySpecification,
  createPropertyExpression,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import type { CheckedVillage, Town } from '../../domain/places';
import type { NamingConvention } from '../../domain/types';
import { styleDataOf } from '../map-data';
import { fixtureData } from '../test/fixture';
import { toDay } from '../../time/days';
import { atlasStyle } from './index';
import { LAYER_ORDER, LAZY_LAYERS } from './layer-order';
import { NAMES_STATE } from './places';
import { VILLAGE_ZOOM, labelText, townLayers, townsSource } from './towns';

const DASHALTY: CheckedVillage = {
  id: 'village-dashalty',
  class: 'village',
  country: 'AZ',
  lat: 39.74167,
  lon: 46.74917,
  name: 'Dashalty / Karin Tak',
  names: { hy: 'Karin Tak' },
  native: { az: 'Daşaltı' },
  district: 'Shusha',
  sources: ['vil-dashalty'],
};
const GAZETTEER: Town = {
  id: 'gn-1',
  class: 'regional-centre',
  country: 'AZ',
  lat: 40.4,
  lon: 47.1,
  geonamesId: 1,
  geonamesName: 'Barda',
};

const source = townsSource([GAZETTEER, DASHALTY]);
const features = (source.data as FeatureCollection<Point>).features;
const labels = townLayers().find((l) => l.id === 'town-labels') as SymbolLayerSpecification;

/** What the villages' label layer writes for a feature, with `names` in the map's state. */
function labelOf(feature: Feature, names: NamingConvention | undefined, zoom = 11): string {
  const state: Record<string, unknown> = names ? { [NAMES_STATE]: names } : {};
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
    .layout_symbol!['text-field']!;
  const parsed = createPropertyExpression(labels.layout!['text-field'], 'text-field', spec, state);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const value = parsed.value.evaluate({ zoom }, {
    type: 'Point',
    properties: feature.properties ?? {},
  } as never);
  return String(value);
}

describe('the towns source and its layers (the lazy chunk)', () => {
  it('passes the MapLibre style specification added to the first style', () => {
    const style = atlasStyle(
      styleDataOf(fixtureData(), 'intl', toDay('2021-06-01')),
      'http://localhost/glyphs/{fontstack}/{range}.pbf',
    );
    style.sources.towns = source;
    style.layers.push(...townLayers());
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('builds exactly the lazy layers of LAYER_ORDER, the labels under the registry’s', () => {
    expect(townLayers().map((l) => l.id)).toEqual([...LAZY_LAYERS]);
    expect(LAYER_ORDER.indexOf('town-labels')).toBeLessThan(LAYER_ORDER.indexOf('place-labels'));
    expect(LAYER_ORDER.indexOf('town-dots')).toBeLessThan(LAYER_ORDER.indexOf('place-dots'));
  });

  it('labels a village in the convention of the map’s state, the international one by default', () => {
    const village = features[1]!;
    expect(labelOf(village, undefined)).toBe('Dashalty /\nKarin\u00a0Tak');
    expect(labelOf(village, 'intl')).toBe('Dashalty /\nKarin\u00a0Tak');
    expect(labelOf(village, 'hy')).toBe('Karin\u00a0Tak');
    // Azerbaijani usage in its own alphabet, as the registry's places (native.az).
    expect(labelOf(village, 'az')).toBe('Daşaltı');
  });

  it('keeps each name on one line and stacks a pair', () => {
    expect(labelText('Mollalar / Nor Aygestan')).toBe('Mollalar /\nNor\u00a0Aygestan');
    expect(labelText('Yukhary Seyidahmadli')).toBe('Yukhary\u00a0Seyidahmadli');
  });

  it('gives the gazetteer’s towns no label, and villages only from VILLAGE_ZOOM', () => {
    expect(features[0]!.properties).toEqual({ id: 'gn-1', class: 'regional-centre' });
    expect(labels.filter).toEqual(['has', 'intl']);
    expect(labels.minzoom).toBe(VILLAGE_ZOOM);
    expect(VILLAGE_ZOOM).toBe(10);
  });

  it('draws villages smaller than the gazetteer’s towns, their labels smaller than places', () => {
    const dots = townLayers().find((l) => l.id === 'town-dots')!;
    const radius = JSON.stringify((dots.paint as Record<string, unknown>)['circle-radius']);
    expect(radius).toContain('"village",1.2');
    expect(radius).toContain('"town",2.4,"village",2');
    const size = labels.layout!['text-size'] as unknown[];
    expect(Math.max(...size.slice(3).filter((v): v is number => typeof v === 'number'))).toBe(13);
    // At the zooms they show (10-13), 10 to 11.5 px, under the registry's 12 px.
    expect(size.slice(4)).toEqual([10, 13, 11.5]);
  });
});
