/**
 * The contract between the data build (geo/build.ts) and its parts (geo/<part>/build.ts).
 * Each part reads its own editable sources, validates them, and returns the exact text of the
 * files it publishes under public/data. Output must be deterministic: the same sources give
 * the same bytes, so CI can check that the committed data is reproducible.
 */
import type { Source } from '../../src/lib/domain/types';
import type { IsoDate } from '../../src/lib/time/days';

export interface BuildContext {
  /** Absolute path of the repository root. */
  root: string;
  /** The merged bibliography of geo/sources/*.json, by id. */
  sources: ReadonlyMap<string, Source>;
  /** The last day the data has been checked against sources; nothing after it is claimed. */
  verifiedThrough: IsoDate;
  /** Prints a line of the build report (areas, checks). */
  log(line: string): void;
}

/** File name under public/data -> exact file content. */
export type DataFiles = Record<string, string>;

/**
 * What a part gives back. `problems` lists every validation problem found, each saying where
 * and what ("zone shusha: does not contain shusha (39.75833, 46.74833)"); the build reports
 * all of them at once and fails if there is any. `docs` are generated sections of the part's
 * documentation (repository path -> full text), kept in step like public/data.
 */
export interface PartOutput {
  files: DataFiles;
  docs?: Record<string, string>;
  problems: string[];
}

/** Thrown by the build when any part reported problems; the message lists them all. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}

/** JSON with sorted-as-written keys and a trailing newline; coordinates should be rounded first. */
export function jsonText(value: unknown, indent: number | undefined = undefined): string {
  return JSON.stringify(value, null, indent) + '\n';
}

/**
 * A FeatureCollection with one feature per line: small diffs in git, still valid JSON.
 */
export function featureCollectionText(features: readonly unknown[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  return '{"type":"FeatureCollection","features":[\n' + lines.join(',\n') + '\n]}\n';
}

/** Rounds a coordinate to 5 decimals (about 1 m), far finer than any line authored here. */
export function roundCoord(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
