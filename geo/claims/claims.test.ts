import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimProperties } from '../../src/lib/domain/claims';
import { REPO_ROOT, loadBibliography } from '../lib/bibliography';
import { type ClaimRecord, buildClaims, loadClaims } from './build';
import { validateClaims } from './validate';

const sources = loadBibliography(REPO_ROOT);
const piecesText = readFileSync(
  join(REPO_ROOT, 'public', 'data', 'control-pieces.geojson'),
  'utf8',
);
const range = { first: '1988-01-01', last: '2025-09-30' } as const;

describe('geo/claims', () => {
  it('builds with no problem, one area per claim, then the parts', () => {
    const built = buildClaims(REPO_ROOT, sources, piecesText, range);
    expect(built.problems).toEqual([]);
    const features = JSON.parse(built.text!).features as { properties: ClaimProperties }[];
    const areas = features.filter((f) => f.properties.kind === 'claim');
    expect(areas.map((f) => f.properties.claim)).toEqual(loadClaims(REPO_ROOT).map((c) => c.id));
    // The NKR's proclaimed territory: the 13 pieces of the former NKAO and Shahumyan.
    const nkr = features.filter(
      (f) => f.properties.kind === 'part' && f.properties.claim === 'nkr-declared-territory',
    );
    expect(nkr).toHaveLength(14);
    expect(nkr.map((f) => (f.properties.kind === 'part' ? f.properties.piece : ''))).toContain(
      'shahumyan',
    );
    // The Soviet Union's record is an outline only.
    expect(
      features.some((f) => f.properties.kind === 'part' && f.properties.claimant === 'SU'),
    ).toBe(false);
  });

  it('reports unknown sources, zones, claimants and periods that end before they begin', () => {
    const bad: ClaimRecord = {
      id: 'bad',
      claimant: 'XX' as ClaimRecord['claimant'],
      name: 'Bad',
      from: '1995-01-01',
      to: '1994-01-01',
      area: { zones: ['atlantis'] },
      sources: ['no-such-source'],
    };
    const problems = validateClaims([bad], {
      sources,
      pieces: new Set(['shusha']),
      states: new Set(['AZ']),
      disputed: new Set(),
      range,
    });
    expect(problems).toEqual([
      'claim bad: unknown claimant "XX"',
      'claim bad: to 1994-01-01 is not after from 1995-01-01',
      'claim bad: source "no-such-source" is not in the bibliography',
      'claim bad: zone "atlantis" is not a control piece',
    ]);
  });
});
