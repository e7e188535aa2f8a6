/**
 * The relations layer: every country coloured by its relation to the focus on the day (the two
 * weakest statuses also hatched), and lines from the focus's capital, wider for closer ties.
 */
import { RELATION_FILLS } from '../../style/palette';
import { patternOf } from '../channels';
import { readFlag, readText } from '../feature-state';
import { type AtlasLayer, TRANSPARENT, lookup } from './expressions';

/** Line width by status: the closer the tie, the wider. */
const LINE_WIDTHS = {
  alliance: 5,
  'strategic-partnership': 4,
  relations: 3,
  'no-relations': 2,
  'non-recognition': 2,
};
const NO_STATUS_LINE = '#777';

export function relationLayers(): AtlasLayer[] {
  return [
    {
      id: 'relations-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': lookup(readText('countries', 'relation'), RELATION_FILLS, TRANSPARENT),
      },
    },
    {
      id: 'relations-hatch',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-pattern': patternOf('hatching'),
        'fill-opacity': readFlag('countries', 'relationHatch', 1),
      },
    },
    {
      id: 'relations-alliance',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-pattern': patternOf('alliance-grid'),
        'fill-opacity': readFlag('countries', 'relationGrid', 1),
      },
    },
    {
      id: 'relation-lines',
      type: 'line',
      source: 'relation-lines',
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': lookup(readText('relation-lines', 'status'), RELATION_FILLS, NO_STATUS_LINE),
        'line-width': lookup(readText('relation-lines', 'status'), LINE_WIDTHS, 1.5),
        'line-opacity': 0.9,
      },
    },
  ];
}
