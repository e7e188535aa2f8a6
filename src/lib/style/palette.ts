/**
 * Colours of the map, shared by the map styles and the legend. Controller colours follow the
 * Okabe-Ito palette, which stays distinguishable with the common colour-vision deficiencies;
 * de facto authorities also get a dotted pattern, so colour never carries the meaning alone.
 */
import type { Controller } from '../domain/types';

export const BASE = {
  sea: '#c6dcea',
  land: '#efece4',
  otherCountry: '#e9e5da',
  border: '#7d7a73',
  coast: '#8aa9bd',
  label: '#2f2d29',
  labelHalo: '#ffffff',
} as const;

export const CONTROLLER_COLOURS: Record<Controller, string> = {
  AZ: '#0072B2',
  AM: '#E69F00',
  GE: '#009E73',
  NKR: '#D55E00',
  ABK: '#CC79A7',
  OSS: '#F0E442',
  'RU-PKF': '#56B4E9',
};

/** Controllers drawn with a dot pattern on top of their colour (de facto authorities). */
export const DOTTED_CONTROLLERS: readonly Controller[] = ['NKR', 'ABK', 'OSS'];

export const FRONT_LINE = '#1b1b1b';
