/** The base map: sea, land, coasts, borders and country names (Natural Earth). */
import { BASE } from '../../style/palette';
import { type AtlasLayer, byZoom } from './expressions';
import { baseKind } from './sources';

/**
 * The font of every map label: pre-built SDF glyph ranges served from our own origin
 * (public/glyphs/, see its README), so MapLibre rasterises no text on the page at load.
 */
export const LABEL_FONT = ['Noto Sans Regular'];

export function baseLayers(): AtlasLayer[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': BASE.sea } },
    {
      id: 'countries',
      type: 'fill',
      source: 'countries',
      paint: { 'fill-color': BASE.otherCountry },
    },
    {
      id: 'coasts',
      type: 'line',
      source: 'base',
      filter: baseKind('coast'),
      paint: { 'line-color': BASE.coast, 'line-width': 0.8 },
    },
    {
      id: 'borders',
      type: 'line',
      source: 'base',
      filter: baseKind('border'),
      paint: { 'line-color': BASE.border, 'line-width': byZoom([3, 0.6], [8, 1.4]) },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'base',
      filter: baseKind('country-label'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 14,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: {
        'text-color': '#4d4a44',
        'text-halo-color': 'rgba(255,255,255,0.85)',
        'text-halo-width': 1.6,
      },
    },
  ];
}
