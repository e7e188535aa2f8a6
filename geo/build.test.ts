/**
 * The one golden test: public/data and the generated README sections are exactly what geo/
 * builds. On a mismatch it writes `<file>.changed` beside each differing file (git-ignored) so
 * the difference can be reviewed with any diff tool, and fails naming them (see geo/README.md,
 * "Reviewing a data diff").
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BuildOutput,
  buildAll,
  outputPaths,
  publishedShapeProblems,
  staleOutputs,
} from './build';
import { REPO_ROOT } from './lib/bibliography';

let out: BuildOutput;

beforeAll(async () => {
  out = await buildAll(() => {});
}, 180_000);

/** Writes `<path>.changed` for each stale output, removes leftovers; returns the stale paths. */
function reportChanged(kind: (path: string) => boolean): string[] {
  const stale = new Set(staleOutputs(out).map(([p]) => p));
  const changed: string[] = [];
  for (const [path, text] of outputPaths(out).filter(([p]) => kind(p))) {
    const target = join(REPO_ROOT, `${path}.changed`);
    if (stale.has(path)) {
      writeFileSync(target, text);
      changed.push(`${path}.changed`);
    } else if (existsSync(target)) rmSync(target);
  }
  return changed;
}

describe('npm run geo', () => {
  it('reproduces the committed public/data byte for byte', () => {
    expect(Object.keys(out.files).length).toBeGreaterThan(5);
    const changed = reportChanged((p) => p.startsWith('public/'));
    expect(changed, 'review these against the committed files, then run `npm run geo`').toEqual([]);
  });

  it('leaves the generated README tables up to date', () => {
    expect(Object.keys(out.docs)).toContain('geo/control/README.md');
    const changed = reportChanged((p) => !p.startsWith('public/'));
    expect(changed, 'the README is stale: run `npm run geo`').toEqual([]);
  });
});

describe('the last stage of the build', () => {
  it('refuses to publish a file the app would refuse to load', () => {
    expect(publishedShapeProblems(out.files)).toEqual([]);
    const events = JSON.parse(out.files['events.geojson']!) as {
      features: { properties: { kind: string } }[];
    };
    events.features[0]!.properties.kind = 'rumour';
    const broken = { ...out.files, 'events.geojson': JSON.stringify(events) };
    const problems = publishedShapeProblems(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^events\.geojson: features\[0\]\.properties\.kind: /);
  });
});
