/**
 * Which visual channel carries which meaning, as data. One channel, one kind of meaning: a new
 * view adds rows here before it adds layers, so two meanings never share a channel by accident.
 * The style builds its patterns and fill order from this table, and the style tests check every
 * drawn row against the layers (the README shows the same table).
 *
 * `paint` is the style property a channel is drawn with; `pattern` the pattern image, for
 * pattern channels. `layers` are the map layers drawing it; a row without layers is planned for
 * a later view and reserves its channel.
 */
import type { LayerName } from './style/layer-order';

export type ChannelId =
  | 'fill-colour'
  | 'dots'
  | 'hatching'
  | 'transition'
  | 'outline'
  | 'hover-outline'
  | 'dashes'
  | 'line-colour'
  | 'marker'
  | 'alliance-grid'
  | 'claim-outlines'
  | 'claim-hatching'
  | 'comparison-gained'
  | 'comparison-lost'
  | 'reference-outline';

export interface ChannelRow {
  channel: ChannelId;
  meaning: string;
  paint: 'fill-color' | 'fill-pattern' | 'line-color' | 'line-dasharray' | 'circle-color';
  pattern?: string;
  layers: readonly LayerName[];
}

export const CHANNELS: readonly ChannelRow[] = [
  {
    channel: 'fill-colour',
    meaning:
      'who controls an area (control layer and claims view), the state it is recognised as part of (recognised-borders view), or its relation to the focus (relations layer)',
    paint: 'fill-color',
    layers: ['control-fill', 'relations-fill'],
  },
  {
    channel: 'dots',
    meaning: 'held by a de facto authority',
    paint: 'fill-pattern',
    pattern: 'atlas-dots',
    layers: ['control-dots'],
  },
  {
    channel: 'hatching',
    meaning:
      'weak standing: control known only with low confidence; in the relations layer, not recognised, not yet independent, or no data',
    paint: 'fill-pattern',
    pattern: 'atlas-hatch',
    layers: ['control-low-confidence', 'relations-hatch'],
  },
  {
    channel: 'transition',
    meaning:
      'a typed transition of control (ceasefire and disarmament under way, September 2023): the holder has not changed yet but is losing its hold',
    paint: 'fill-pattern',
    pattern: 'atlas-transition',
    layers: ['control-transition'],
  },
  {
    channel: 'outline',
    meaning: 'the selected country or zone',
    paint: 'line-color',
    layers: ['selection-outline'],
  },
  {
    channel: 'hover-outline',
    meaning: 'what the pointer is over',
    paint: 'line-color',
    layers: ['country-hover', 'control-hover'],
  },
  {
    channel: 'dashes',
    meaning: 'a front line: two controllers meet',
    paint: 'line-dasharray',
    layers: ['control-fronts'],
  },
  {
    channel: 'line-colour',
    meaning: 'relation between the focus and another followed state (width: its strength)',
    paint: 'line-color',
    layers: ['relation-lines'],
  },
  {
    channel: 'alliance-grid',
    meaning:
      'an alliance with the focus (relations layer): a second channel beside its colour, so it never reads as a strategic partnership by colour alone',
    paint: 'fill-pattern',
    pattern: 'atlas-grid',
    layers: ['relations-alliance'],
  },
  {
    channel: 'marker',
    meaning: 'a dated event near the day shown',
    paint: 'circle-color',
    layers: ['event-markers'],
  },
  {
    channel: 'claim-outlines',
    meaning: 'claims (claims view): one outline per claimant, overlapping where claims overlap',
    paint: 'line-color',
    layers: ['claims-outline'],
  },
  {
    channel: 'claim-hatching',
    meaning:
      'claimed but not held on the day (claims view): lines in the claimant’s colour, leaning opposite ways for the two sides of an overlap (one pattern per claimant)',
    paint: 'fill-pattern',
    layers: ['claims-hatch'],
  },
  {
    channel: 'comparison-gained',
    meaning:
      'comparison of two days: gained by the holder on the day shown since the earlier day (plus signs), a pattern over whichever fill shows, never a fill of its own',
    paint: 'fill-pattern',
    pattern: 'atlas-gained',
    layers: ['compare-gained'],
  },
  {
    channel: 'comparison-lost',
    meaning:
      'comparison of two days: lost by the holder on the day shown by the later day (minus signs), a pattern over whichever fill shows, never a fill of its own',
    paint: 'fill-pattern',
    pattern: 'atlas-lost',
    layers: ['compare-lost'],
  },
  {
    channel: 'reference-outline',
    meaning:
      'a reference outline the user switches on: the former NKAO (approximate, our own line), a solid violet line that no controller, front or border uses',
    paint: 'line-color',
    layers: ['reference-nkao'],
  },
];

/**
 * Which fill shows where several are on, first wins: the relations layer's while a focus is
 * chosen (it draws nothing otherwise), then the view's fill (control's in the control and claims
 * views, the recognised state's in the recognised-borders view: the same layer, its colour read
 * from feature-state), then the plain land colour. With a focus the control
 * fills step back under the relations colours and control keeps only its front lines, so a
 * relation never hides under a controller's colour. A comparison never competes: it is a
 * pattern drawn over the winner.
 */
export const FILL_PRECEDENCE: readonly LayerName[] = [
  'relations-fill',
  'control-fill',
  'countries',
];

/**
 * Control layers covered by the relations fill while a focus is chosen, and those that still
 * show over it (lines, which never hide a fill).
 */
export const UNDER_FOCUS: { covered: readonly LayerName[]; shown: readonly LayerName[] } = {
  covered: ['control-fill', 'control-dots', 'control-low-confidence', 'control-transition'],
  shown: ['control-fronts', 'control-hover'],
};

export function channel(id: ChannelId): ChannelRow {
  const row = CHANNELS.find((r) => r.channel === id);
  if (!row) throw new Error(`no channel ${id}`);
  return row;
}

/** The pattern image of a pattern channel. */
export function patternOf(
  id:
    'dots' | 'hatching' | 'transition' | 'alliance-grid' | 'comparison-gained' | 'comparison-lost',
): string {
  const pattern = channel(id).pattern;
  if (!pattern) throw new Error(`channel ${id} has no pattern`);
  return pattern;
}
