/** Small builders for the style's expressions, so each ramp and lookup is written once. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerName } from './layer-order';

/** A style layer whose id is one of LAYER_ORDER's names. */
export type AtlasLayer = LayerSpecification & { id: LayerName };

export const TRANSPARENT = 'rgba(0,0,0,0)';

/** `input` looked up in `table`; `fallback` for anything not in it. */
export function lookup(
  input: ExpressionSpecification,
  table: Readonly<Record<string, string | number>>,
  fallback: string | number,
): ExpressionSpecification {
  return [
    'match',
    input,
    ...Object.entries(table).flat(),
    fallback,
  ] as unknown as ExpressionSpecification;
}

/** A value that grows linearly with zoom through `[zoom, value]` stops. */
export function byZoom(...stops: [number, number][]): ExpressionSpecification {
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flat(),
  ] as unknown as ExpressionSpecification;
}
