/**
 * The comparison of two days: over whichever fill shows, plus signs where the holder on the day
 * shown gained the area since the earlier day, minus signs where it lost it by the later day.
 * The fill's colour says who; the pattern says gained or lost, so colour never carries it alone.
 * Both read the `compare` feature-state written by the ComparePainter, and start hidden.
 */
import { patternOf } from '../channels';
import { readText } from '../feature-state';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasLayer } from './expressions';

function marked(mark: 'gained' | 'lost'): ExpressionSpecification {
  return ['case', ['==', readText('control', 'compare'), mark], 1, 0];
}

export function compareLayers(): AtlasLayer[] {
  return [
    {
      id: 'compare-gained',
      type: 'fill',
      source: 'control',
      paint: {
        'fill-pattern': patternOf('comparison-gained'),
        'fill-opacity': marked('gained'),
      },
    },
    {
      id: 'compare-lost',
      type: 'fill',
      source: 'control',
      paint: {
        'fill-pattern': patternOf('comparison-lost'),
        'fill-opacity': marked('lost'),
      },
    },
  ];
}
