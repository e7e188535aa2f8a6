import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { CHANNEL_MEANINGS } from './channel-meanings';
import { CHANNELS, FILL_PRECEDENCE, UNDER_FOCUS } from './channels';
import { styleDataOf } from './map-data';
import { patternImage } from './patterns';
import { fixtureData } from './test/fixture';
import { toDay } from '../time/days';
import { atlasStyle } from './style/index';
import { LAYER_ORDER } from './style/layer-order';

const layers = atlasStyle(
  styleDataOf(fixtureData(), 'intl', toDay('1990-01-01')),
  'http://localhost/glyphs/{fontstack}/{range}.pbf',
).layers;
const paintOf = (layer: LayerSpecification) =>
  ('paint' in layer ? (layer.paint ?? {}) : {}) as Record<string, unknown>;

describe('the channel table', () => {
  it('says in words what every channel means, and only for channels in the table', () => {
    const ids = CHANNELS.map((row) => row.channel).sort();
    expect(Object.keys(CHANNEL_MEANINGS).sort()).toEqual(ids);
    for (const id of ids) expect(CHANNEL_MEANINGS[id].split(' ').length).toBeGreaterThan(3);
  });

  it('each drawn channel is drawn by its layers with the paint property it names', () => {
    for (const row of CHANNELS) {
      for (const id of row.layers) {
        const layer = layers.find((l) => l.id === id);
        expect(layer, id).toBeDefined();
        expect(Object.keys(paintOf(layer!)), `${row.channel} on ${id}`).toContain(row.paint);
        if (row.pattern) expect(paintOf(layer!)[row.paint]).toBe(row.pattern);
      }
    }
  });

  it('a pattern or dashes mean one thing: only their channel’s layers use them', () => {
    const users = (test: (paint: Record<string, unknown>) => boolean) =>
      layers
        .filter((l) => test(paintOf(l)))
        .map((l) => l.id)
        .sort();
    for (const row of CHANNELS.filter((r) => r.pattern)) {
      expect(users((p) => p['fill-pattern'] === row.pattern)).toEqual([...row.layers].sort());
    }
    const dashes = CHANNELS.find((r) => r.channel === 'dashes')!;
    expect(users((p) => 'line-dasharray' in p)).toEqual([...dashes.layers].sort());
  });

  it('every pattern a drawn layer uses has an image; planned channels draw nothing yet', () => {
    for (const row of CHANNELS) {
      if (row.layers.length > 0 && row.pattern) expect(patternImage(row.pattern)).not.toBeNull();
    }
    const planned = CHANNELS.filter((r) => r.layers.length === 0).map((r) => r.channel);
    expect(planned).toEqual([]);
  });

  it('no map layer carries two channels', () => {
    const all = CHANNELS.flatMap((r) => r.layers);
    expect(new Set(all).size).toBe(all.length);
  });

  it('the fill that wins is drawn on top: LAYER_ORDER follows the fill precedence', () => {
    const positions = FILL_PRECEDENCE.map((name) => LAYER_ORDER.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    for (const name of FILL_PRECEDENCE) {
      expect(layers.find((l) => l.id === name)?.type).toBe('fill');
    }
  });

  it('with a focus the relations colours show, not control: its fills lie above control’s', () => {
    // Issue 12: Armenia stayed control-orange under "Relations of: Pakistan".
    const at = (name: string) => LAYER_ORDER.indexOf(name as (typeof LAYER_ORDER)[number]);
    const relationFills = ['relations-fill', 'relations-hatch'];
    for (const covered of UNDER_FOCUS.covered) {
      for (const rel of relationFills)
        expect(at(rel), `${rel} over ${covered}`).toBeGreaterThan(at(covered));
    }
    for (const shown of UNDER_FOCUS.shown) {
      expect(layers.find((l) => l.id === shown)?.type, shown).toBe('line');
      expect(at(shown), `${shown} over the relations fill`).toBeGreaterThan(at('relations-hatch'));
    }
    expect(FILL_PRECEDENCE[0]).toBe('relations-fill');
  });
});
