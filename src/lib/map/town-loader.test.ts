import { describe, expect, it, vi } from 'vitest';
import type { Town } from '../domain/places';
import { TOWNS_LOAD_ZOOM } from './style/places';
import { type TownMap, addTownsWhenZoomedIn } from './town-loader';

const TOWN: Town = {
  id: 'gn-1',
  class: 'town',
  country: 'AM',
  lat: 40,
  lon: 45,
  geonamesId: 1,
  geonamesName: 'X',
};

/** A fake map: a zoom, zoomend listeners, and what was added. */
function fakeMap(zoom: number) {
  const listeners = new Set<() => void>();
  const sources = new Map<string, unknown>();
  const layers: [string, string | undefined][] = [];
  const map = {
    zoom,
    getZoom: () => map.zoom,
    on: (_: string, f: () => void) => listeners.add(f),
    off: (_: string, f: () => void) => listeners.delete(f),
    addSource: (id: string, spec: unknown) => sources.set(id, spec),
    addLayer: (layer: { id: string }, before?: string) => layers.push([layer.id, before]),
    getLayer: (id: string) => (['place-dots', 'place-labels'].includes(id) ? { id } : undefined),
    getSource: (id: string) => sources.get(id),
  };
  const zoomTo = (z: number) => {
    map.zoom = z;
    for (const f of [...listeners]) f();
  };
  return { map: map as unknown as TownMap, sources, layers, zoomTo };
}

describe('the gazetteer towns, loaded when first zoomed in', () => {
  it('fetches nothing for a view zoomed out, then once when the zoom first crosses', async () => {
    const fake = fakeMap(4.5);
    const load = vi.fn(async () => [TOWN]);
    expect(addTownsWhenZoomedIn(fake.map, load)).toBeNull();
    fake.zoomTo(6);
    expect(load).not.toHaveBeenCalled();
    fake.zoomTo(TOWNS_LOAD_ZOOM);
    fake.zoomTo(9);
    await vi.waitFor(() => expect(fake.sources.has('towns')).toBe(true));
    expect(load).toHaveBeenCalledTimes(1);
    // Under the registry's dots, the first layer above it in LAYER_ORDER the map has.
    expect(fake.layers).toEqual([
      ['town-dots', 'place-dots'],
      ['town-labels', 'place-labels'],
    ]);
  });

  it('for a view opening zoomed in, gives the first view a promise to wait for', async () => {
    const fake = fakeMap(11);
    const waiting = addTownsWhenZoomedIn(fake.map, async () => [TOWN]);
    expect(waiting).not.toBeNull();
    await waiting;
    expect(fake.sources.has('towns')).toBe(true);
  });

  it('tries again on the next zoom in after a failed fetch', async () => {
    const fake = fakeMap(8);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue([TOWN]);
    await addTownsWhenZoomedIn(fake.map, load);
    expect(fake.sources.has('towns')).toBe(false);
    fake.zoomTo(9);
    await vi.waitFor(() => expect(fake.sources.has('towns')).toBe(true));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
