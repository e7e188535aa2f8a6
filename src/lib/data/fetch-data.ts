/**
 * Fetching one published data file (same origin, so it works offline) and making sure it is
 * what the atlas expects before anything uses it, so a stale cache or a bad deploy gives a
 * message naming the file instead of a broken map.
 *
 * Two ways to be sure, the fast one first:
 * - **Digests.** The data build checks every file it writes against the schemas (schemas.ts)
 *   and lists its SHA-256 in manifest.json; the app build records the SHA-256 of that manifest.
 *   A manifest with that digest is the one this build was made with, and a file with the digest
 *   that manifest lists is a file the data build checked: it needs no second check here. The
 *   browser computes digests natively, off the script's time.
 * - **Schemas.** Anything else (another manifest, a file that differs, a browser without
 *   `crypto.subtle` outside a secure context) is checked against its schema, with the
 *   validation code (valibot and the schemas) fetched only then, as a chunk of its own.
 */
import type { DataFile, DataFileName } from './schemas';

/** Set by vite.config.ts: the SHA-256 of the manifest.json the build ships. */
declare const __ATLAS_MANIFEST_SHA256__: string | undefined;

/** The digest of the manifest this build was made with; null where no build set it (tests). */
export const BUILT_MANIFEST_DIGEST: string | null =
  typeof __ATLAS_MANIFEST_SHA256__ === 'string' ? __ATLAS_MANIFEST_SHA256__ : null;

/** Why a data file could not be used, said for a reader; `file` names it. */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** Digests (hex SHA-256) of the files a trusted manifest lists, by file name. */
export type TrustedDigests = Readonly<Record<string, string>>;

/** Downloads a file's bytes; `fresh` asks the browser to bypass its HTTP cache (a Retry). */
async function download(base: string, file: string, fresh: boolean): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`${base}${file}`, fresh ? { cache: 'reload' } : undefined);
  } catch {
    throw new DataLoadError(file, `The data file “${file}” could not be downloaded.`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      file,
      `The data file “${file}” could not be downloaded (the server answered ${response.status}).`,
    );
  }
  try {
    return await response.arrayBuffer();
  } catch {
    throw new DataLoadError(file, `The data file “${file}” could not be downloaded.`);
  }
}

/** The hex SHA-256 of `bytes`, or null where the browser offers no digest (insecure context). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function parse(file: string, bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataLoadError(file, `The data file “${file}” is damaged: it is not readable JSON.`);
  }
}

/** Checks a parsed file against its schema (the validation chunk is fetched on first use). */
async function checkShape<F extends DataFileName>(file: F, value: unknown): Promise<DataFile<F>> {
  let checkDataFile: typeof import('./schemas').checkDataFile;
  try {
    ({ checkDataFile } = await import('./schemas'));
  } catch {
    throw new DataLoadError(
      file,
      `The data file “${file}” could not be checked: the connection may have dropped, or the site was updated meanwhile.`,
    );
  }
  const checked = checkDataFile(file, value);
  if (checked.ok) return checked.value;
  const where = checked.problems
    .slice(0, 3)
    .map((p) => (p.path ? `at ${p.path}: ${p.message}` : p.message))
    .join('; ');
  throw new DataLoadError(
    file,
    `The data file “${file}” does not have the content the atlas expects (${where}).`,
  );
}

/**
 * Fetches one published file and makes sure of it (see above): by its digest when `trusted`
 * (or the promise of it) lists one, else by its schema.
 */
export async function fetchDataFile<F extends DataFileName>(
  base: string,
  file: F,
  fresh = false,
  trusted: TrustedDigests | null | Promise<TrustedDigests | null> = null,
): Promise<DataFile<F>> {
  const bytes = await download(base, file, fresh);
  const [listed, digest] = await Promise.all([
    Promise.resolve(trusted).then((digests) => digests?.[file] ?? null),
    sha256Hex(bytes),
  ]);
  const value = parse(file, bytes);
  if (listed !== null && digest === listed) return value as DataFile<F>;
  return checkShape(file, value);
}

/**
 * Fetches manifest.json, made sure of like any file (`manifestDigest` is the digest of the
 * manifest this build was made with), and with it the digests it lists: those of a manifest
 * whose own digest matched, else none (every other file is then checked by its schema).
 */
export async function fetchManifest(
  base: string,
  fresh: boolean,
  manifestDigest: string | null,
): Promise<{ manifest: DataFile<'manifest.json'>; trusted: TrustedDigests | null }> {
  const file = 'manifest.json';
  const bytes = await download(base, file, fresh);
  const digest = await sha256Hex(bytes);
  const value = parse(file, bytes);
  if (manifestDigest !== null && digest === manifestDigest) {
    const manifest = value as DataFile<'manifest.json'>;
    const trusted = Object.fromEntries(
      Object.entries(manifest.files ?? {}).map(([name, listed]) => [name, listed.sha256]),
    );
    return { manifest, trusted };
  }
  return { manifest: await checkShape(file, value), trusted: null };
}
