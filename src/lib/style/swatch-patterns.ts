/**
 * Which swatch pattern goes with a controller or a relation status. The rule itself is the
 * palette's (its lists of dotted controllers and hatched statuses, which the map paints with);
 * the legend, the panel, its history bars and the exported image all ask here, so none of them
 * restates it.
 */
import type { Controller } from '../domain/types';
import {
  DOTTED_CONTROLLERS,
  GRIDDED_RELATIONS,
  HATCHED_RELATIONS,
  type RelationColourKey,
} from './palette';

export type SwatchPattern = 'dotted' | 'hatched' | 'grid' | 'transition' | null;

export function controllerPattern(controller: Controller): SwatchPattern {
  return DOTTED_CONTROLLERS.includes(controller) ? 'dotted' : null;
}

export function relationPattern(status: RelationColourKey): SwatchPattern {
  if (GRIDDED_RELATIONS.includes(status)) return 'grid';
  return HATCHED_RELATIONS.includes(status) ? 'hatched' : null;
}
