import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import type { LayerId, Selection } from '../state/url';
import type { NamingConvention } from '../domain/types';
import { AtlasPainters } from './painters';
import { FakeMap, type Write } from './test/fake-map';
import { fixtureData } from './test/fixture';

interface Inputs {
  day: string;
  focus: string | null;
  layers: LayerId[];
  selection: Selection | null;
  convention: NamingConvention;
}

function drive(painters: AtlasPainters, inputs: Inputs): void {
  painters.setDay(toDay(inputs.day));
  painters.setFocus(inputs.focus);
  painters.setLayers(inputs.layers);
  painters.setSelection(inputs.selection);
  painters.setConvention(inputs.convention);
}

/** What a map shows after these writes: the last value of each state key, data and visibility. */
function shown(writes: Write[]): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const w of writes) {
    if (w.kind === 'state') {
      for (const [key, value] of Object.entries(w.state)) {
        result.set(`${w.source}/${w.id}/${key}`, value);
      }
    } else if (w.kind === 'data') result.set(`data:${w.source}`, w.data);
    else result.set(`visible:${w.layer}`, w.visible);
  }
  return result;
}

const BEFORE: Inputs = {
  day: '1995-06-01',
  focus: 'AM',
  layers: ['control', 'relations', 'events'],
  selection: { kind: 'zone', id: 'zone' },
  convention: 'az',
};

const AFTER: Inputs = {
  day: '2000-01-10',
  focus: null,
  layers: ['control', 'events'],
  selection: null,
  convention: 'intl',
};

describe('AtlasPainters: a lost and restored map', () => {
  it('writes nothing while suspended, pointer included', () => {
    const map = new FakeMap();
    const painters = new AtlasPainters(map, fixtureData(), 'intl');
    drive(painters, BEFORE);
    map.take();
    painters.suspend();
    drive(painters, AFTER);
    painters.setHover({ kind: 'zone', id: 'zone' });
    expect(map.take()).toEqual([]);
  });

  it('on resume paints everything a fresh load of the same inputs shows', () => {
    const fresh = new FakeMap();
    drive(new AtlasPainters(fresh, fixtureData(), 'intl'), AFTER);
    const expected = shown(fresh.take());

    const map = new FakeMap();
    const painters = new AtlasPainters(map, fixtureData(), 'intl');
    drive(painters, BEFORE);
    painters.suspend();
    drive(painters, AFTER);
    // The restored style has none of the state written before the loss.
    map.take();
    painters.resume();
    const restored = shown(map.take());
    for (const [key, value] of expected) expect(restored.get(key), key).toEqual(value);
    // What a fresh load takes from the style itself is written explicitly after a restore.
    expect(restored.get('visible:relations-fill')).toBe(false);
    expect(restored.get('visible:control-fill')).toBe(true);
    expect(restored.get('data:selection')).toEqual({ type: 'FeatureCollection', features: [] });
    expect(restored.get('data:relation-lines')).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
    const labels = restored.get('data:places') as { features: { properties: { label: string } }[] };
    expect(labels.features.map((f) => f.properties.label)).toEqual(['Yerevan', 'Baku']);
  });

  it('after resume, setters write only changes again', () => {
    const map = new FakeMap();
    const painters = new AtlasPainters(map, fixtureData(), 'intl');
    drive(painters, BEFORE);
    painters.suspend();
    painters.resume();
    map.take();
    drive(painters, BEFORE);
    expect(map.take()).toEqual([]);
  });
});
