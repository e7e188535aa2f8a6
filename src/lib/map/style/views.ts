/**
 * What the recognised-borders and claims views add to the style. Both are read from
 * feature-state written by the ViewPainter, so a view switch, like a date change, repaints in
 * one frame without re-tiling: in the recognised view each control piece carries the state it is
 * recognised as part of (`recognised`), which then decides its fill and hides control's dots and
 * hatching; the claims layers draw a claim's outline while it is `shown` and its claimant's
 * hatching on each `contested` part.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { CLAIMANTS } from '../../domain/claims';
import {
  CLAIM_OUTLINE_OFFSET,
  CLAIM_OUTLINES,
  RECOGNISED_FILLS,
  claimHatchImage,
} from '../../style/views';
import { readFlag, readText } from '../feature-state';
import { type AtlasLayer, TRANSPARENT, byZoom, lookup } from './expressions';

const recognised = readText('control', 'recognised');

/** `control` outside the recognised view; the recognised state's fill inside it. */
export function recognisedOr(control: ExpressionSpecification): ExpressionSpecification {
  return ['match', recognised, '', control, lookup(recognised, RECOGNISED_FILLS, TRANSPARENT)];
}

/** A control mark's opacity, none in the recognised view (dots and hatching are about control). */
export function unlessRecognised(opacity: ExpressionSpecification): ExpressionSpecification {
  return ['match', recognised, '', opacity, 0];
}

const claimant = ['get', 'claimant'] as ExpressionSpecification;

export function claimLayers(): AtlasLayer[] {
  return [
    {
      id: 'claims-hatch',
      type: 'fill',
      source: 'claims',
      filter: ['==', ['get', 'kind'], 'part'],
      paint: {
        'fill-pattern': [
          'match',
          claimant,
          ...CLAIMANTS.flatMap((c) => [c, claimHatchImage(c)]),
          claimHatchImage('SU'),
        ] as unknown as ExpressionSpecification,
        'fill-opacity': readFlag('claims', 'contested', 1),
      },
    },
    {
      id: 'claims-outline',
      type: 'line',
      source: 'claims',
      filter: ['==', ['get', 'kind'], 'claim'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': lookup(claimant, CLAIM_OUTLINES, '#333333'),
        'line-width': byZoom([4, 1.5], [9, 3]),
        'line-offset': lookup(claimant, CLAIM_OUTLINE_OFFSET, 0),
        'line-opacity': readFlag('claims', 'shown', 1),
      },
    },
  ];
}
