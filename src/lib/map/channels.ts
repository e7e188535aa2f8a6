/**
 * Which visual channel carries which meaning, as data. One channel, one kind of meaning: a new
 * view adds rows here before it adds layers, so two meanings never share a channel by accident.
 * The style builds its patterns and fill order from this table, and the style tests check every
 * drawn row against the layers (the README shows the same table).
 *
 * What each channel means is in channel-meanings.ts (documentation and tests only, so the
 * first view's bundle does not carry the sentences). `paint` is the style property a channel is drawn with; `pattern` the pattern image, for
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
  paint: 'fill-color' | 'fill-pattern' | 'line-color' | 'line-dasharray' | 'circle-color';
  pattern?: string;
  layers: readonly LayerName[];
}

export const CHANNELS: readonly ChannelRow[] = [
  {
    channel: 'fill-colour',
    paint: 'fill-color',
    layers: ['control-fill', 'relations-fill'],
  },
  {
    channel: 'dots',
    paint: 'fill-pattern',
    pattern: 'atlas-dots',
    layers: ['control-dots'],
  },
  {
    channel: 'hatching',
    paint: 'fill-pattern',
    pattern: 'atlas-hatch',
    layers: ['control-low-confidence', 'relations-hatch'],
  },
  {
    channel: 'transition',
    paint: 'fill-pattern',
    pattern: 'atlas-transition',
    layers: ['control-transition'],
  },
  {
    channel: 'outline',
    paint: 'line-color',
    layers: ['selection-outline'],
  },
  {
    channel: 'hover-outline',
    paint: 'line-color',
    layers: ['country-hover', 'control-hover'],
  },
  {
    channel: 'dashes',
    paint: 'line-dasharray',
    layers: ['control-fronts'],
  },
  {
    channel: 'line-colour',
    paint: 'line-color',
    layers: ['relation-lines'],
  },
  {
    channel: 'alliance-grid',
    paint: 'fill-pattern',
    pattern: 'atlas-grid',
    layers: ['relations-alliance'],
  },
  {
    channel: 'marker',
    paint: 'circle-color',
    layers: ['event-markers'],
  },
  {
    channel: 'claim-outlines',
    paint: 'line-color',
    layers: ['claims-outline'],
  },
  {
    channel: 'claim-hatching',
    paint: 'fill-pattern',
    layers: ['claims-hatch'],
  },
  {
    channel: 'comparison-gained',
    paint: 'fill-pattern',
    pattern: 'atlas-gained',
    layers: ['compare-gained'],
  },
  {
    channel: 'comparison-lost',
    paint: 'fill-pattern',
    pattern: 'atlas-lost',
    layers: ['compare-lost'],
  },
  {
    channel: 'reference-outline',
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
