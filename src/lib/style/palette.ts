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

/**
 * `colour` laid over `under` at `opacity`, as one opaque colour. The map fills with opaque
 * colours so that neighbouring pieces of one controller show no seam where their antialiased
 * edges overlap.
 */
export function mix(colour: string, under: string, opacity: number): string {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const top = channels(colour);
  const bottom = channels(under);
  return (
    '#' +
    top
      .map((c, i) => Math.round(c * opacity + bottom[i]! * (1 - opacity)))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}

/** How strongly controller colours show over the land (the rest is the land colour). */
export const CONTROL_STRENGTH = 0.78;

/** The opaque colour each controller is drawn with on the map. */
export const CONTROLLER_FILLS = Object.fromEntries(
  Object.entries(CONTROLLER_COLOURS).map(([c, hex]) => [
    c,
    mix(hex, BASE.otherCountry, CONTROL_STRENGTH),
  ]),
) as Record<Controller, string>;

/** Controllers drawn with a dot pattern on top of their colour (de facto authorities). */
export const DOTTED_CONTROLLERS: readonly Controller[] = ['NKR', 'ABK', 'OSS'];

export const FRONT_LINE = '#1b1b1b';

/** The former NKAO's reference outline: a dark violet no controller, front or border uses. */
export const REFERENCE_LINE = '#4a1d73';

/**
 * Relation of each country to the focus country. An ordered scheme (brown for the lowest status
 * to dark teal for the highest, after ColorBrewer's BrBG, which stays readable with colour-vision
 * deficiencies); the two lowest statuses are also hatched, and the legend and panels give each
 * status in words.
 */
export const RELATION_COLOURS = {
  'non-recognition': '#8c510a',
  'no-relations': '#dfc27d',
  relations: '#80cdc1',
  'strategic-partnership': '#35978f',
  // The darkest of the scheme, far darker than the strategic partnership's teal, so the two
  // differ in lightness too (which survives colour-vision deficiencies and greyscale).
  alliance: '#003c30',
  // Not a blue: the pale blue it had was nearly the sea. A light mauve, off the brown-teal scale
  // (it is not a step of it: the pair's relations are not followed here).
  recognised: '#d2b4de',
  focus: '#5e3c99',
  'not-independent': '#bdbdbd',
  // A mid grey, also hatched: white read as "no relations".
  'no-data': '#8e8e8e',
  // With a breakaway entity in focus: dark blue for the few states recognising it, a pale sand
  // for every other state, far apart in lightness so the two read apart without colour vision.
  recognises: '#2166ac',
  'does-not-recognise': '#e8dfc8',
} as const;

export type RelationColourKey = keyof typeof RELATION_COLOURS;

/** The relation statuses in the order a legend lists them (the page's and the exported image's). */
export const RELATION_LEGEND_ORDER: readonly RelationColourKey[] = [
  'focus',
  'alliance',
  'strategic-partnership',
  'relations',
  'no-relations',
  'non-recognition',
  'recognised',
  'not-independent',
  'no-data',
];

/** Statuses drawn with a hatch on top of their colour. */
export const HATCHED_RELATIONS: readonly RelationColourKey[] = [
  'non-recognition',
  'not-independent',
  'no-data',
];

/** Statuses drawn with a light grid on top of their colour: alliance, beside partnership's teal. */
export const GRIDDED_RELATIONS: readonly RelationColourKey[] = ['alliance'];

/** How strongly relation colours show over the land. */
export const RELATION_STRENGTH = 0.85;

export const RELATION_FILLS = Object.fromEntries(
  Object.entries(RELATION_COLOURS).map(([k, hex]) => [
    k,
    mix(hex, BASE.otherCountry, RELATION_STRENGTH),
  ]),
) as Record<RelationColourKey, string>;

export const RELATION_LABELS: Record<RelationColourKey, string> = {
  'non-recognition': 'Not recognised',
  'no-relations': 'Recognised, no diplomatic relations',
  relations: 'Diplomatic relations',
  'strategic-partnership': 'Strategic partnership',
  alliance: 'Alliance (mutual-defence commitment)',
  recognised: 'Recognises it (relations not followed here)',
  focus: 'Focus country',
  'not-independent': 'Not yet independent',
  'no-data': 'No data',
  recognises: 'Recognises the entity',
  'does-not-recognise': 'Does not recognise the entity',
};

export const EVENT_COLOUR = '#222222';
