/**
 * How a typed transitional phase of a control period is named (see ControlPhase in types.ts):
 * the panel and the legend say the same words.
 */
import type { ControlPhase } from './types';

export const PHASE_LABELS: Record<ControlPhase, string> = {
  disarmament: 'Ceasefire and disarmament under way',
};
