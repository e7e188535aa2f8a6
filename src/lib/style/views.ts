/**
 * Colours of the recognised-borders and claims views, shared by the map and the legend. The
 * recognised view fills each area with the colour of the state it is recognised as part of (the
 * same colours as that state's control, so a reader sees at once where the two views differ);
 * the claims view keeps control's fills and adds, per claimant, an outline around what it
 * claimed and hatching where it claimed what it did not hold.
 */
import type { Claimant } from '../domain/claims';
import { CONTROLLER_COLOURS, CONTROLLER_FILLS, mix } from './palette';

/** The recognised states' fills in the recognised view (the republics' before 1991). */
export const RECOGNISED_FILLS = {
  AZ: CONTROLLER_FILLS.AZ,
  AM: CONTROLLER_FILLS.AM,
  GE: CONTROLLER_FILLS.GE,
} as const;
export type RecognisedState = keyof typeof RECOGNISED_FILLS;

/** Each claimant's colour; the states and de facto authorities keep their control colours. */
export const CLAIMANT_COLOURS: Record<Claimant, string> = {
  SU: '#7f0000',
  AZ: CONTROLLER_COLOURS.AZ,
  AM: CONTROLLER_COLOURS.AM,
  GE: CONTROLLER_COLOURS.GE,
  NKR: CONTROLLER_COLOURS.NKR,
  ABK: CONTROLLER_COLOURS.ABK,
  OSS: CONTROLLER_COLOURS.OSS,
  // Off the control palette (Paul Tol's wine and green), far from each other in hue.
  IN: '#882255',
  PK: '#117733',
};

/** A claimant's outline: its colour darkened a quarter, so pale colours show on the land. */
export const CLAIM_OUTLINES = Object.fromEntries(
  Object.entries(CLAIMANT_COLOURS).map(([c, hex]) => [c, mix(hex, '#000000', 0.75)]),
) as Record<Claimant, string>;

/**
 * The hatching's direction per claimant: the two parties of each overlap lean opposite ways, so
 * an area two parties claim without holding it is cross-hatched.
 */
export const CLAIM_HATCH_RISING: Record<Claimant, boolean> = {
  SU: true,
  AZ: false,
  AM: false,
  GE: false,
  NKR: true,
  ABK: true,
  OSS: true,
  IN: false,
  PK: true,
};

/** How far each claimant's outline sits from the line it follows (px), so shared edges show both. */
export const CLAIM_OUTLINE_OFFSET: Record<Claimant, number> = {
  SU: -3,
  AZ: 0,
  AM: 0,
  GE: 0,
  NKR: 2.5,
  ABK: 2.5,
  OSS: 2.5,
  IN: 0,
  PK: 3,
};

/** The pattern image name of a claimant's hatching. */
export function claimHatchImage(claimant: Claimant): string {
  return `atlas-claim-${claimant}`;
}
