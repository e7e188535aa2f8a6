import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError, fetchDataFile, fetchManifest, sha256Hex } from './fetch-data';
import { FIRST_VIEW_FILES } from './load-atlas';

const DATA_DIR = join(__dirname, '..', '..', '..', 'public', 'data');
const published = (file: string) => readFileSync(join(DATA_DIR, file));
const digestOf = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Serves `files` (name → body) at /data/, 404 for anything else. */
function serve(files: Record<string, Buffer | string>) {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = url.replace(/^\/data\//, '');
    const body = files[name];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(new Uint8Array(Buffer.from(body)), { status: 200 });
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetching a data file', () => {
  it('computes the digest node computes', async () => {
    const bytes = published('places.json');
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(await sha256Hex(copy as ArrayBuffer)).toBe(digestOf(bytes));
  });

  it('trusts a file by the digest a trusted manifest lists, without checking its shape', async () => {
    // `{}` is no events file: only the digest can have let it through.
    serve({ 'events.geojson': '{}' });
    const value = await fetchDataFile('/data/', 'events.geojson', false, {
      'events.geojson': digestOf('{}'),
    });
    expect(value).toEqual({});
  });

  it('checks a file against its schema when its digest is not the listed one', async () => {
    serve({ 'events.geojson': '{}' });
    const listing = { 'events.geojson': digestOf(published('events.geojson')) };
    const loading = fetchDataFile('/data/', 'events.geojson', false, listing);
    await expect(loading).rejects.toThrow(DataLoadError);
    await expect(loading).rejects.toThrow(
      /“events.geojson” does not have the content the atlas expects/,
    );
  });

  it('checks a file against its schema when no digest is trusted', async () => {
    serve({ 'places.json': published('places.json'), 'relations.json': '[]' });
    await expect(fetchDataFile('/data/', 'places.json')).resolves.toHaveLength(
      JSON.parse(published('places.json').toString()).length,
    );
    await expect(fetchDataFile('/data/', 'relations.json')).rejects.toThrow(
      /“relations.json” does not have the content/,
    );
  });

  it('checks by schema in a browser without digests (no crypto.subtle)', async () => {
    vi.stubGlobal('crypto', undefined);
    serve({ 'events.geojson': '{}' });
    await expect(
      fetchDataFile('/data/', 'events.geojson', false, { 'events.geojson': digestOf('{}') }),
    ).rejects.toThrow(/does not have the content/);
  });

  it('names the file that is missing or not JSON', async () => {
    serve({ 'places.json': '{"unfinished": ' });
    await expect(fetchDataFile('/data/', 'places.json')).rejects.toThrow(
      'The data file “places.json” is damaged: it is not readable JSON.',
    );
    await expect(fetchDataFile('/data/', 'sources.json')).rejects.toThrow(
      'The data file “sources.json” could not be downloaded (the server answered 404).',
    );
  });
});

describe('fetching the manifest', () => {
  const manifest = published('manifest.json');

  it('trusts the digests of the manifest the build was made with', async () => {
    serve({ 'manifest.json': manifest });
    const { trusted } = await fetchManifest('/data/', false, digestOf(manifest));
    const listed = JSON.parse(manifest.toString()).files as Record<string, { sha256: string }>;
    expect(trusted).toEqual(
      Object.fromEntries(Object.entries(listed).map(([name, f]) => [name, f.sha256])),
    );
  });

  it('lists the true digest of every first-view file (so none is checked twice)', async () => {
    const files = Object.fromEntries(FIRST_VIEW_FILES.map((f) => [f, published(f)]));
    serve(files);
    const { trusted } = await fetchManifest('/data/', false, digestOf(manifest));
    for (const file of FIRST_VIEW_FILES.filter((f) => f !== 'manifest.json')) {
      expect(trusted?.[file], file).toBe(digestOf(files[file]!));
    }
  });

  it('trusts no digest of another manifest, and checks its shape', async () => {
    serve({ 'manifest.json': manifest });
    const other = await fetchManifest('/data/', false, digestOf('another manifest'));
    expect(other.trusted).toBeNull();
    expect(other.manifest.version).toBe(JSON.parse(manifest.toString()).version);
    serve({ 'manifest.json': '{}' });
    await expect(fetchManifest('/data/', false, digestOf(manifest))).rejects.toThrow(
      /“manifest.json” does not have the content/,
    );
  });
});
