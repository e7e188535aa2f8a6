/**
 * Territorial claims (public/data/claims.json): what each party claimed on a day, beside what it
 * held. A claim is drawn twice: its whole area once (one outline per claimant, so overlapping
 * claims show as overlapping outlines), and cut into parts (a control piece, or a Natural Earth
 * disputed area in Kashmir), each marked where the claimant does not hold it on the day. Pure:
 * no fetching, no map library.
 */
import { type DayNumber, type IsoDate, toDay } from '../time/days';
import { type ControlPiece, controllerAt } from './control';

/**
 * Who can claim: the Soviet Union (until its end), the three states, the three de facto
 * authorities, and India and Pakistan.
 */
export const CLAIMANTS = ['SU', 'AZ', 'AM', 'GE', 'NKR', 'ABK', 'OSS', 'IN', 'PK'] as const;
export type Claimant = (typeof CLAIMANTS)[number];

/** A claim's whole area: one per claim. */
export interface ClaimAreaProperties {
  kind: 'claim';
  claim: string;
  claimant: Claimant;
  name: string;
  from: IsoDate;
  /** Exclusive; null: still claimed. */
  to: IsoDate | null;
  sources: string[];
  note?: string;
}

/** A part of a claim: a control piece, or an area whose holder does not change here. */
export interface ClaimPartProperties {
  kind: 'part';
  claim: string;
  claimant: Claimant;
  /** The control piece this part is, or null for an area outside the control data. */
  piece: string | null;
  /** Who administers a part that is no control piece ('' where nobody is said to). */
  holder: string | null;
}

export type ClaimProperties = ClaimAreaProperties | ClaimPartProperties;

/** Whether a claim is in force on `day` (half-open: `from` inclusive, `to` exclusive). */
export function claimInForce(claim: Pick<ClaimAreaProperties, 'from' | 'to'>, day: DayNumber) {
  return toDay(claim.from) <= day && (claim.to === null || day < toDay(claim.to));
}

/** Who holds a part on `day`: the piece's controller, or the part's fixed holder. */
export function partHolder(
  part: ClaimPartProperties,
  day: DayNumber,
  pieces: ReadonlyMap<string, Pick<ControlPiece, 'timeline'>>,
): string {
  if (part.piece === null) return part.holder ?? '';
  const piece = pieces.get(part.piece);
  return piece ? controllerAt(piece, day).controller : '';
}

/**
 * A part claimed on `day` by a claimant who does not hold it: the overlap of a claim with
 * another's holding, marked with the claimant's hatching.
 */
export function partContested(
  part: ClaimPartProperties,
  claim: Pick<ClaimAreaProperties, 'from' | 'to'>,
  day: DayNumber,
  pieces: ReadonlyMap<string, Pick<ControlPiece, 'timeline'>>,
): boolean {
  return claimInForce(claim, day) && partHolder(part, day, pieces) !== part.claimant;
}

/** The claims in force on `day`, in the file's order. */
export function claimsOn(
  claims: readonly ClaimAreaProperties[],
  day: DayNumber,
): ClaimAreaProperties[] {
  return claims.filter((c) => claimInForce(c, day));
}

/** The claims in force on `day` whose area includes the control piece `piece`. */
export function claimsOfPiece(
  claims: readonly ClaimAreaProperties[],
  parts: readonly ClaimPartProperties[],
  piece: string,
  day: DayNumber,
): ClaimAreaProperties[] {
  const ids = new Set(parts.filter((p) => p.piece === piece).map((p) => p.claim));
  return claims.filter((c) => ids.has(c.claim) && claimInForce(c, day));
}

/** public/data/claims.json as the app holds it: each feature's id and properties. */
export interface ClaimFeature {
  id: number;
  properties: ClaimProperties;
}

/** The claim areas of a file, in its order. */
export function claimAreas(features: readonly ClaimFeature[]): ClaimAreaProperties[] {
  return features.flatMap((f) => (f.properties.kind === 'claim' ? [f.properties] : []));
}

/** The claim parts of a file, in its order. */
export function claimParts(features: readonly ClaimFeature[]): ClaimPartProperties[] {
  return features.flatMap((f) => (f.properties.kind === 'part' ? [f.properties] : []));
}
