/**
 * The renderer's files: control-pieces.geojson covers all land of AM, AZ and GE without overlap,
 * its timelines match control.geojson, and control-fronts.geojson lies on the shared boundaries.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { loadStateOutlines } from './geometry';
import { loadControl, loadFronts, loadPieces, ROOT } from './testdata';
import { overlapKm2 } from './validate';
import { periodId } from '../../src/lib/domain/control';

const pieces = loadPieces();
const features = loadControl();

describe('control-pieces.geojson', () => {
  it('numbers pieces 0..n-1 with unique piece ids, including each state rest', () => {
    expect(pieces.map((p) => p.id)).toEqual(pieces.map((_, i) => i));
    const ids = pieces.map((p) => p.properties.piece);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of ['AZ', 'AM', 'GE']) expect(ids).toContain(`rest-${s}`);
  });

  it('covers the Natural Earth land of the three states (area within 0.1%)', () => {
    const states = loadStateOutlines(ROOT);
    const land = Object.values(states).reduce((s, g) => s + turf.area(g) / 1e6, 0);
    const covered = pieces.reduce((s, p) => s + turf.area(p.geometry) / 1e6, 0);
    expect(Math.abs(covered - land) / land).toBeLessThan(0.001);
  });

  it('has no two pieces overlapping by 0.1 km² or more', () => {
    const problems: string[] = [];
    pieces.forEach((a, i) =>
      pieces.slice(i + 1).forEach((b) => {
        if (overlapKm2(a.geometry, b.geometry) >= 0.1)
          problems.push(`${a.properties.piece}/${b.properties.piece}`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('carries the periods of control.geojson as timelines', () => {
    const byId = new Map(features.map((f) => [f.properties.id, f.properties]));
    for (const p of pieces) {
      const t = p.properties.timeline;
      expect(t[0]?.from).toBe('1988-01-01');
      expect(t.at(-1)?.to).toBeNull();
      t.forEach((e, i) => {
        if (i > 0) expect(e.from).toBe(t[i - 1]?.to);
      });
      for (const e of t) {
        // The period's id is derived (`periodId`), not published.
        expect(e.period).toBeUndefined();
        if (p.properties.piece.startsWith('rest-')) {
          expect(periodId(p.properties.piece, e.from)).toBeNull();
          expect(e.controller).toBe(p.properties.state);
        } else {
          const period = byId.get(periodId(p.properties.piece, e.from) ?? '');
          expect(period?.zone).toBe(p.properties.piece);
          expect(period?.controller).toBe(e.controller);
        }
      }
    }
  });
});

describe('control-fronts.geojson', () => {
  const fronts = loadFronts().features as (ReturnType<typeof loadFronts>['features'][number] & {
    id: number;
  })[];
  it('numbers fronts 0..n-1 and orders each pair a < b', () => {
    expect(fronts.map((f) => f.id)).toEqual(fronts.map((_, i) => i));
    for (const f of fronts) expect(f.properties.a).toBeLessThan(f.properties.b);
  });
  it('includes the front between Agdam and the rest of Azerbaijan', () => {
    const agdam = pieces.find((p) => p.properties.piece === 'agdam')!.id;
    const rest = pieces.find((p) => p.properties.piece === 'rest-AZ')!.id;
    const pair = [agdam, rest].sort((x, y) => x - y);
    expect(fronts.some((f) => f.properties.a === pair[0] && f.properties.b === pair[1])).toBe(true);
  });
  it('lies on the boundary of both of its pieces (within 5 m)', () => {
    // Every ring of every piece as separate LineStrings.
    const outlines = pieces.map((p) => turf.flatten(turf.polygonToLine(p.geometry)).features);
    const far: string[] = [];
    for (const f of fronts) {
      const coords = f.geometry.coordinates.flat();
      const step = Math.max(1, Math.floor(coords.length / 20));
      for (let i = 0; i < coords.length; i += step)
        for (const side of [f.properties.a, f.properties.b]) {
          const lines = outlines[side] ?? [];
          const point = coords[i] ?? [0, 0];
          const d = Math.min(
            ...lines.map((l) => turf.pointToLineDistance(point, l, { units: 'meters' })),
          );
          if (d > 5) far.push(`front ${f.id} point ${i}: ${d.toFixed(0)} m from piece ${side}`);
        }
    }
    expect(far).toEqual([]);
  });
});
