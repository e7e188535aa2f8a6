/**
 * Checks of geo/claims/claims.json, each problem saying which claim and what is wrong: ids,
 * claimants, half-open periods within the atlas's days, sources that exist, and areas that name
 * existing pieces, states or Natural Earth areas.
 */
import { CLAIMANTS } from '../../src/lib/domain/claims';
import type { Source } from '../../src/lib/domain/types';
import type { IsoDate } from '../../src/lib/time/days';
import type { ClaimRecord } from './build';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ClaimContext {
  sources: ReadonlyMap<string, Source>;
  pieces: ReadonlySet<string>;
  states: ReadonlySet<string>;
  disputed: ReadonlySet<string>;
  range: { first: IsoDate; last: IsoDate };
}

export function validateClaims(records: readonly ClaimRecord[], ctx: ClaimContext): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const at = `claim ${r.id}`;
    if (!/^[a-z0-9-]+$/.test(r.id ?? '')) problems.push(`${at}: id must be lower-case a-z, 0-9, -`);
    if (seen.has(r.id)) problems.push(`${at}: id used twice`);
    seen.add(r.id);
    if (!(CLAIMANTS as readonly string[]).includes(r.claimant)) {
      problems.push(`${at}: unknown claimant "${r.claimant}"`);
    }
    if (!r.name?.trim()) problems.push(`${at}: name is missing`);
    if (!ISO_DAY.test(r.from ?? '')) problems.push(`${at}: from must be YYYY-MM-DD`);
    else if (r.from < ctx.range.first || r.from > ctx.range.last) {
      problems.push(`${at}: from ${r.from} is outside ${ctx.range.first} to ${ctx.range.last}`);
    }
    if (r.to !== null) {
      if (!ISO_DAY.test(r.to ?? '')) problems.push(`${at}: to must be YYYY-MM-DD or null`);
      else if (r.to <= r.from) problems.push(`${at}: to ${r.to} is not after from ${r.from}`);
    }
    if (!Array.isArray(r.sources) || r.sources.length === 0)
      problems.push(`${at}: cites no source`);
    for (const s of r.sources ?? []) {
      if (!ctx.sources.has(s)) problems.push(`${at}: source "${s}" is not in the bibliography`);
    }
    const area = r.area;
    if ('state' in area) {
      if (!ctx.states.has(area.state)) problems.push(`${at}: no pieces of state "${area.state}"`);
    } else if ('states' in area) {
      for (const st of area.states) {
        if (!ctx.states.has(st)) problems.push(`${at}: no pieces of state "${st}"`);
      }
    } else if ('zones' in area) {
      if (area.zones.length === 0) problems.push(`${at}: names no zone`);
      for (const z of area.zones) {
        if (!ctx.pieces.has(z)) problems.push(`${at}: zone "${z}" is not a control piece`);
      }
    } else if ('naturalEarth' in area) {
      for (const n of area.naturalEarth) {
        if (!ctx.disputed.has(n)) problems.push(`${at}: no Natural Earth area "${n}"`);
      }
    } else {
      problems.push(`${at}: area must name a state, zones or Natural Earth areas`);
    }
  }
  return problems;
}
