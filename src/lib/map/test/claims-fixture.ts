/**
 * A tiny claims file for map tests, over the fixture's pieces: Azerbaijan claims its pieces
 * from 1991-10-18; the Nagorno-Karabakh Republic claims `zone` from 1991-09-02 to 2024-01-01;
 * Pakistan claims an area India administers.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import type { ClaimFeature, ClaimProperties } from '../../domain/claims';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [46, 40],
      [46.5, 40],
      [46.5, 40.5],
      [46, 40.5],
      [46, 40],
    ],
  ],
};

const PROPERTIES: ClaimProperties[] = [
  {
    kind: 'claim',
    claim: 'az',
    claimant: 'AZ',
    name: 'Azerbaijan',
    from: '1991-10-18',
    to: null,
    sources: ['s'],
  },
  {
    kind: 'claim',
    claim: 'nkr',
    claimant: 'NKR',
    name: 'NKR',
    from: '1991-09-02',
    to: '2024-01-01',
    sources: ['s'],
  },
  {
    kind: 'claim',
    claim: 'pk',
    claimant: 'PK',
    name: 'Pakistan',
    from: '1988-01-01',
    to: null,
    sources: ['s'],
  },
  { kind: 'part', claim: 'az', claimant: 'AZ', piece: 'rest-AZ', holder: null },
  { kind: 'part', claim: 'az', claimant: 'AZ', piece: 'zone', holder: null },
  { kind: 'part', claim: 'nkr', claimant: 'NKR', piece: 'zone', holder: null },
  { kind: 'part', claim: 'pk', claimant: 'PK', piece: null, holder: 'IN' },
];

export const CLAIM_FEATURES: ClaimFeature[] = PROPERTIES.map((properties, id) => ({
  id,
  properties,
}));

export const CLAIMS_COLLECTION: FeatureCollection = {
  type: 'FeatureCollection',
  features: CLAIM_FEATURES.map((f) => ({
    type: 'Feature',
    id: f.id,
    properties: f.properties,
    geometry: square,
  })),
};
