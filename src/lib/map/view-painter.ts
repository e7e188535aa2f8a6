/**
 * Paints the view (`control`, `recognised` or `claims`) by feature-state only, like the date: a
 * view switch writes the `recognised` state of the control pieces (which then take the fill of
 * the state they are recognised as part of) and the `shown` / `contested` states of the claims,
 * and MapLibre repaints in the next frame without re-tiling. The view decides the base fill
 * only; relations and a comparison draw over whichever fill it chose (see channels.ts).
 *
 * The claims file is loaded on the first switch to the claims view; `setClaims` puts it in its
 * source once, and from then on the claims are painted like the rest.
 */
import type { FeatureCollection } from 'geojson';
import {
  type ClaimFeature,
  type ClaimAreaProperties,
  claimInForce,
  partContested,
} from '../domain/claims';
import type { ControlPiece } from '../domain/control';
import type { ViewId } from '../state/url';
import type { DayNumber } from '../time/days';
import { writeState } from './feature-state';
import type { PaintTarget } from './paint-target';

interface LoadedClaims {
  features: readonly ClaimFeature[];
  /** Each feature's claim area (itself, or the area its part belongs to). */
  areas: readonly ClaimAreaProperties[];
  /** What each feature shows now (`shown` for areas, `contested` for parts). */
  painted: boolean[];
}

export class ViewPainter {
  readonly #map: PaintTarget;
  readonly #pieces: readonly ControlPiece[];
  readonly #byPiece: ReadonlyMap<string, ControlPiece>;
  /** The `recognised` state each piece has now ('' for none). */
  #recognised: string[];
  #claims: LoadedClaims | null = null;

  /** `shown`: the view whose look the map's sources already carry (see baked-look.ts). */
  constructor(map: PaintTarget, pieces: readonly ControlPiece[], shown: ViewId = 'control') {
    this.#map = map;
    this.#pieces = pieces;
    this.#byPiece = new Map(pieces.map((p) => [p.piece, p]));
    this.#recognised = pieces.map((p) => (shown === 'recognised' ? p.state : ''));
  }

  /** The map has no feature-state (a rebuilt style): the next paint writes everything. */
  forget(): void {
    this.#recognised = this.#pieces.map(() => '\u0000');
    if (this.#claims) this.#claims.painted = this.#claims.features.map(() => true);
  }

  /** The claims file, once loaded: into its source, once. */
  setClaims(collection: FeatureCollection, features: readonly ClaimFeature[]): void {
    if (this.#claims) return;
    const byId = new Map(
      features.flatMap((f) =>
        f.properties.kind === 'claim' ? [[f.properties.claim, f.properties]] : [],
      ),
    );
    this.#map.setSourceData('claims', collection);
    this.#claims = {
      features,
      areas: features.map((f) => byId.get(f.properties.claim)!),
      painted: features.map(() => false),
    };
  }

  /** Writes what changed for `view` on `day`; returns how many features changed. */
  paint(view: ViewId, day: DayNumber): number {
    let changed = 0;
    this.#pieces.forEach((piece, i) => {
      const recognised = view === 'recognised' ? piece.state : '';
      if (this.#recognised[i] === recognised) return;
      this.#recognised[i] = recognised;
      writeState(this.#map, 'control', piece.id, { recognised });
      changed++;
    });
    const claims = this.#claims;
    if (!claims) return changed;
    claims.features.forEach((f, i) => {
      const p = f.properties;
      const area = claims.areas[i]!;
      const on =
        view === 'claims' &&
        (p.kind === 'claim' ? claimInForce(p, day) : partContested(p, area, day, this.#byPiece));
      if (claims.painted[i] === on) return;
      claims.painted[i] = on;
      writeState(this.#map, 'claims', f.id, p.kind === 'claim' ? { shown: on } : { contested: on });
      changed++;
    });
    return changed;
  }
}
