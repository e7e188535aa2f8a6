/**
 * Published data versions and the data changelog.
 *
 * A data version is the content hash `version` of manifest.json. Publishing one
 * (`npm run geo -- --publish`) copies its record files into public/data/versions/<version>/ and
 * appends it to public/data/versions/index.json, so a citation's version stays downloadable
 * after the data moves on. Only the files that hold records are kept: the drawing files
 * (control-pieces, control-fronts, control-summary) are cut from control.geojson and the base
 * map, and the base map is Natural Earth, the same from version to version. Git stores a file
 * that did not change between versions once, so an archived version costs the repository only
 * what changed in it.
 *
 * changelog.json is computed by every build from those archives: for each published version,
 * the records added, removed and changed (by id, per file) since the one before it, and, when the
 * data just built is not published yet, the same for it against the last published version. It
 * is not part of the version hash: the version says what the data is, not where it was archived.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from './context';
import { jsonText } from './context';

/** The published files that hold records, archived with each version. */
export const ARCHIVED_FILES = [
  'manifest.json',
  'control.geojson',
  'relations.json',
  'events.geojson',
  'places.json',
  'sources.json',
] as const;

/** The files whose records the changelog compares, and how each names its records. */
const RECORD_KEYS: Record<string, (text: string) => Map<string, unknown>> = {
  'control.geojson': (text) => byId(features(text), (f) => propertyId(f)),
  'events.geojson': (text) => byId(features(text), (f) => propertyId(f)),
  'places.json': (text) => byId(JSON.parse(text) as { id: string }[], (r) => r.id),
  'sources.json': (text) => byId(JSON.parse(text) as { id: string }[], (r) => r.id),
  'relations.json': (text) => {
    const data = JSON.parse(text) as {
      countries: { code: string }[];
      relations: { a: string; b: string; from: string }[];
      rules: { id: string }[];
    };
    // A pair's periods have no id of their own: the pair (in code order) and the first day.
    const pair = (r: { a: string; b: string; from: string }) =>
      `relation:${[r.a, r.b].sort().join('-')}@${r.from}`;
    return new Map<string, unknown>([
      ...byId(data.countries, (c) => `country:${c.code}`),
      ...byId(data.relations, pair),
      ...byId(data.rules, (r) => `rule:${r.id}`),
    ]);
  },
};

function features(text: string): { properties: { id: string } }[] {
  return (JSON.parse(text) as { features: { properties: { id: string } }[] }).features;
}

function propertyId(feature: { properties: { id: string } }): string {
  return feature.properties.id;
}

function byId<T>(records: readonly T[], id: (record: T) => string): Map<string, unknown> {
  return new Map(records.map((r) => [id(r), r]));
}

export interface FileChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ChangelogEntry {
  version: string;
  verifiedThrough: string;
  /** Whether the version is archived under versions/<version>/ (false: built, not yet published). */
  published: boolean;
  /** Where its files are, relative to public/data; null when not published. */
  path: string | null;
  /** The version compared with; null for the first published version. */
  previous: string | null;
  /** Per record file: the ids added, removed and changed since `previous` (files with none left out). */
  changes: Record<string, FileChanges>;
  /** For the first version: how many records each file holds. */
  records?: Record<string, number>;
}

/** Records added, removed and changed between two versions of one file, ids sorted. */
export function fileChanges(file: string, before: string, after: string): FileChanges {
  const keys = RECORD_KEYS[file];
  if (!keys) throw new Error(`no record ids known for ${file}`);
  const old = keys(before);
  const now = keys(after);
  const sorted = (ids: Iterable<string>) => [...ids].sort();
  return {
    added: sorted([...now.keys()].filter((id) => !old.has(id))),
    removed: sorted([...old.keys()].filter((id) => !now.has(id))),
    changed: sorted(
      [...now.keys()].filter(
        (id) => old.has(id) && JSON.stringify(old.get(id)) !== JSON.stringify(now.get(id)),
      ),
    ),
  };
}

/** The changes between two versions' files, keeping only files where something changed. */
export function versionChanges(before: DataFiles, after: DataFiles): Record<string, FileChanges> {
  const changes: Record<string, FileChanges> = {};
  for (const file of Object.keys(RECORD_KEYS).sort()) {
    const a = before[file];
    const b = after[file];
    if (a === undefined || b === undefined) continue;
    const c = fileChanges(file, a, b);
    if (c.added.length + c.removed.length + c.changed.length > 0) changes[file] = c;
  }
  return changes;
}

/** A version as archived: its id and the text of its files. */
export interface Archived {
  version: string;
  files: DataFiles;
}

function manifestOf(files: DataFiles): { version: string; verifiedThrough: string } {
  return JSON.parse(files['manifest.json']!) as { version: string; verifiedThrough: string };
}

/** The changelog, newest first, from the archived versions (oldest first) and the current build. */
export function changelog(published: readonly Archived[], current: DataFiles): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  published.forEach((v, i) => {
    const previous = published[i - 1];
    entries.push({
      version: v.version,
      verifiedThrough: manifestOf(v.files).verifiedThrough,
      published: true,
      path: `versions/${v.version}/`,
      previous: previous?.version ?? null,
      changes: previous ? versionChanges(previous.files, v.files) : {},
      ...(previous ? {} : { records: recordCounts(v.files) }),
    });
  });
  const now = manifestOf(current);
  const last = published.at(-1);
  if (last?.version !== now.version) {
    entries.push({
      version: now.version,
      verifiedThrough: now.verifiedThrough,
      published: false,
      path: null,
      previous: last?.version ?? null,
      changes: last ? versionChanges(last.files, current) : {},
      ...(last ? {} : { records: recordCounts(current) }),
    });
  }
  return entries.reverse();
}

function recordCounts(files: DataFiles): Record<string, number> {
  return Object.fromEntries(
    Object.keys(RECORD_KEYS)
      .sort()
      .filter((f) => files[f] !== undefined)
      .map((f) => [f, RECORD_KEYS[f]!(files[f]!).size]),
  );
}

export function changelogText(published: readonly Archived[], current: DataFiles): string {
  return jsonText({ versions: changelog(published, current) }, 1);
}

const versionsDir = (root: string) => join(root, 'public', 'data', 'versions');
const indexPath = (root: string) => join(versionsDir(root), 'index.json');

interface VersionsIndex {
  /** Oldest first. */
  versions: { version: string; verifiedThrough: string }[];
}

function readIndex(root: string): VersionsIndex {
  const path = indexPath(root);
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as VersionsIndex)
    : { versions: [] };
}

/** The archived versions listed in versions/index.json, oldest first, with their files. */
export function readPublished(root: string): Archived[] {
  return readIndex(root).versions.map(({ version }) => ({
    version,
    files: Object.fromEntries(
      ARCHIVED_FILES.map((f) => [f, readFileSync(join(versionsDir(root), version, f), 'utf8')]),
    ),
  }));
}

/**
 * Archives the built files as a published version (nothing if it already is); returns the
 * version. Called by `npm run geo -- --publish` after writing public/data.
 */
export function publish(root: string, files: DataFiles): string {
  const { version, verifiedThrough } = manifestOf(files);
  const index = readIndex(root);
  if (index.versions.some((v) => v.version === version)) return version;
  const dir = join(versionsDir(root), version);
  mkdirSync(dir, { recursive: true });
  for (const f of ARCHIVED_FILES) writeFileSync(join(dir, f), files[f]!);
  index.versions.push({ version, verifiedThrough });
  writeFileSync(indexPath(root), jsonText(index, 1));
  return version;
}
