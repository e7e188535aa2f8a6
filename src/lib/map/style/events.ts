/** Event markers, shown around their date (the `near` state the EventsPainter writes). */
import { EVENT_COLOUR } from '../../style/palette';
import { readFlag } from '../feature-state';
import { type AtlasLayer, byZoom } from './expressions';

export function eventLayers(): AtlasLayer[] {
  return [
    {
      id: 'event-markers',
      type: 'circle',
      source: 'events',
      paint: {
        'circle-radius': byZoom([3, 5], [9, 8]),
        'circle-color': '#ffffff',
        'circle-stroke-color': EVENT_COLOUR,
        'circle-stroke-width': 2.5,
        'circle-opacity': readFlag('events', 'near', 1),
        'circle-stroke-opacity': readFlag('events', 'near', 1),
      },
    },
  ];
}
