/**
 * The three builds the benchmark serves: the production app (dist/, whose load it times), the
 * test build (dist-e2e/, whose hook the date-change run drives) and the bare MapLibre baseline.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

export interface BenchBuilds {
  production: string;
  testBuild: string;
  bare: string;
}

export function buildDirs(root: string): BenchBuilds {
  return {
    production: join(root, 'dist'),
    testBuild: join(root, 'dist-e2e'),
    bare: join(root, '.tmp', 'bench-bare'),
  };
}

export async function buildAll(root: string): Promise<BenchBuilds> {
  const dirs = buildDirs(root);
  const run = (command: string) => execSync(command, { cwd: root, stdio: 'inherit' });
  console.log('building: production (dist/), test build (dist-e2e/), bare MapLibre page…');
  run('npx vite build --logLevel warn');
  run('npx vite build --mode e2e --outDir dist-e2e --logLevel warn');
  await buildBare(root, dirs.bare);
  return dirs;
}

/** The bare MapLibre page alone, into `outDir`. */
export async function buildBare(root: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench', 'bare'),
    base: './',
    // The same public/ as the app, so the page loads the very same data/base.json.
    publicDir: join(root, 'public'),
    // The shared view code lives in a .svelte.ts module (runes): compile it as the app does.
    plugins: [svelte()],
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
}
