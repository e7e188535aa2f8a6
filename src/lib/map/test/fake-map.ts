/** A fake map for painter tests: records every write a painter makes, in order. */
import type { FeatureIdentifier } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { PaintTarget, ReplacedSource } from '../paint-target';
import type { LayerName } from '../style/layer-order';

export type Write =
  | { kind: 'state'; source: string; id: number; state: Record<string, unknown> }
  | { kind: 'data'; source: ReplacedSource; data: FeatureCollection }
  | { kind: 'visible'; layer: LayerName; visible: boolean };

export class FakeMap implements PaintTarget {
  writes: Write[] = [];

  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): void {
    this.writes.push({ kind: 'state', source: feature.source, id: Number(feature.id), state });
  }

  setSourceData(source: ReplacedSource, data: FeatureCollection): void {
    this.writes.push({ kind: 'data', source, data });
  }

  setLayerVisible(layer: LayerName, visible: boolean): void {
    this.writes.push({ kind: 'visible', layer, visible });
  }

  /** The writes since the last call. */
  take(): Write[] {
    const taken = this.writes;
    this.writes = [];
    return taken;
  }
}
