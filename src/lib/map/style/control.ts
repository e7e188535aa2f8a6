/**
 * The control layer: each piece filled with its controller's colour, dotted for de facto
 * authorities, hatched where control is uncertain, dashed across while control is in a typed
 * transition (ceasefire and disarmament under way), and the fronts between controllers dashed.
 * All of it reads feature-state written by the ControlPainter.
 */
import { CONTROLLER_FILLS, FRONT_LINE } from '../../style/palette';
import { patternOf } from '../channels';
import { readFlag, readText } from '../feature-state';
import { type AtlasLayer, TRANSPARENT, byZoom, lookup } from './expressions';
import { recognisedOr, unlessRecognised } from './views';

export function controlLayers(): AtlasLayer[] {
  return [
    {
      id: 'control-fill',
      type: 'fill',
      source: 'control',
      paint: {
        // The view decides the base fill: the controller's, or in the recognised-borders view the
        // recognised state's (see views.ts).
        'fill-color': recognisedOr(
          lookup(readText('control', 'controller'), CONTROLLER_FILLS, TRANSPARENT),
        ),
      },
    },
    {
      id: 'control-dots',
      type: 'fill',
      source: 'control',
      paint: {
        'fill-pattern': patternOf('dots'),
        'fill-opacity': unlessRecognised(readFlag('control', 'dotted', 1)),
      },
    },
    {
      id: 'control-low-confidence',
      type: 'fill',
      source: 'control',
      paint: {
        'fill-pattern': patternOf('hatching'),
        'fill-opacity': unlessRecognised(readFlag('control', 'low', 1)),
      },
    },
    {
      id: 'control-transition',
      type: 'fill',
      source: 'control',
      paint: {
        'fill-pattern': patternOf('transition'),
        'fill-opacity': unlessRecognised(readFlag('control', 'transition', 1)),
      },
    },
    {
      id: 'control-fronts',
      type: 'line',
      source: 'fronts',
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': FRONT_LINE,
        'line-width': byZoom([5, 1], [10, 2.5]),
        'line-dasharray': [3, 1.5],
        'line-opacity': readFlag('fronts', 'active', 0.9),
      },
    },
  ];
}
