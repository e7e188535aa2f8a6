/**
 * The shapes drawn from located points (roads.ts, incursions.ts) are what the zone files hold:
 * editing zones/located-points.json without running the scripts again fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawIncursions } from './incursions';
import { drawRoads, type Zones } from './roads';

const DRAWN = [
  'gazakh-villages',
  'corridor-shusha',
  'corridor-shusha-west',
  'corridor-hin-shen',
  'lachin-corridor-2020',
  'lachin-corridor-2022',
  'lachin-corridor-shared',
  'syunik-2021',
  'vardenis-2021',
  'jermuk-2022',
  'goris-kapan-2022',
];

const onDisk = (file: string): Zones =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'zones', file), 'utf8')) as Zones;

describe('shapes drawn from located points', () => {
  it('are in the zone files as the scripts draw them', () => {
    const drawn = { ...drawRoads(), '2-advances-into-armenia.geojson': drawIncursions() };
    let seen = 0;
    for (const [file, fc] of Object.entries(drawn)) {
      const disk = onDisk(file);
      for (const f of fc.features) {
        const id = String(f.properties?.id);
        if (!DRAWN.includes(id)) continue;
        seen++;
        const stored = disk.features.find((g) => g.properties?.id === id);
        expect(stored?.geometry, `${file} ${id}: run npx tsx geo/control/roads.ts`).toEqual(
          f.geometry,
        );
        expect(stored?.properties).toEqual(f.properties);
      }
    }
    expect(seen).toBe(DRAWN.length);
  });
});
