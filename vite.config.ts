import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { FIRST_VIEW_FILES } from './src/lib/data/files.ts';

/**
 * The Content-Security-Policy of the built app: everything it loads comes from its own origin,
 * nothing inline, no eval. What the policy allows beyond 'self', and why:
 * - img-src data: blob: MapLibre's stylesheet draws its control icons as data: SVGs, and MapLibre
 *   decodes raster images it is handed through blob: URLs.
 * - font-src data: the bundler inlines the smallest font subsets into the CSS as data: URLs.
 * - worker-src blob:, child-src blob: MapLibre starts its worker from a blob: URL when it cannot
 *   load the worker file directly. (worker-src 'self' also covers the service worker, sw.js.)
 * - manifest-src 'self': the web app manifest (manifest.webmanifest) of the offline app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  'child-src blob:',
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html only: the dev server injects inline styles for hot
 * module replacement, which the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The atlas's published address, for what needs an absolute one: the link preview (`og:url`,
 * canonical link) written here, and the links and citations the Share menu makes (it reads the
 * same `VITE_PUBLIC_URL`). Set it when building for a site, for example
 * `VITE_PUBLIC_URL=https://example.org/atlas/ npm run build`; unset, nothing is added and the
 * app uses the page's own address.
 */
function publicUrlMeta(): Plugin {
  let publicUrl = '';
  return {
    name: 'atlas-public-url',
    configResolved(config) {
      publicUrl = String(config.env.VITE_PUBLIC_URL ?? '').trim();
      if (publicUrl && !/^https?:\/\/[^\s]+$/.test(publicUrl)) {
        throw new Error(`VITE_PUBLIC_URL must be an http(s) address, not "${publicUrl}"`);
      }
    },
    transformIndexHtml: () =>
      publicUrl
        ? [
            { tag: 'meta', attrs: { property: 'og:url', content: publicUrl }, injectTo: 'head' },
            { tag: 'link', attrs: { rel: 'canonical', href: publicUrl }, injectTo: 'head' },
          ]
        : [],
  };
}

/**
 * Preloads the first view's data files from index.html, so they download beside the program
 * instead of after it has loaded and run (the app's fetch() of each then finds it on its way;
 * same URL, same credentials mode as `crossorigin`).
 */
function firstViewPreloads(): Plugin {
  return {
    name: 'atlas-first-view-preloads',
    transformIndexHtml: () =>
      FIRST_VIEW_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `data/${file}`, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      })),
  };
}

const MANIFEST = readFileSync('public/data/manifest.json');

/** The data version (content hash) the build ships; it names the service worker's data cache. */
const DATA_VERSION = (JSON.parse(MANIFEST.toString('utf8')) as { version: string }).version;

/**
 * The SHA-256 of the manifest the build ships. The manifest lists the digest of every file the
 * data build checked against the schemas; the app trusts the files of this manifest by their
 * digests and fetches the validation code only for anything else (src/lib/data/fetch-data.ts).
 */
const MANIFEST_SHA256 = createHash('sha256').update(MANIFEST).digest('hex');

/**
 * Offline after the first visit (built app only; the dev server registers no worker). The
 * service worker precaches the app, its fonts and icons, and serves public/data/ network-first
 * from a cache named after the data version: online, the newest data always wins (and a Retry's
 * `cache: 'reload'` reaches the server); offline, the last data seen is used. A new build (new
 * code or a new data version) changes sw.js, which the page announces with a reload prompt
 * (src/lib/offline/register.ts registers it from the main bundle: the CSP allows no inline
 * script).
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Caucasus Atlas',
      short_name: 'Caucasus Atlas',
      description:
        'Who controlled which territory in the South Caucasus, and what relations the states had, on any day since 1988, with sources.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#c6dcea',
      theme_color: '#c6dcea',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      ],
    },
    workbox: {
      // The app (MapLibre's worker is an .mjs), the woff2 fonts (browsers that run the app all
      // read woff2) and the map's label glyphs (pbf), not the data; the plugin adds the icons and the web app manifest itself.
      globPatterns: ['**/*.{js,mjs,css,html,woff2,pbf}'],
      globIgnores: ['data/**'],
      // MapLibre's chunk is over workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/data\//],
      cleanupOutdatedCaches: true,
      // The first visit's page comes under the worker at once, so it can fill the data cache.
      clientsClaim: true,
      runtimeCaching: [
        {
          urlPattern: ({ url }) => url.pathname.includes('/data/'),
          handler: 'NetworkFirst',
          options: { cacheName: `atlas-data-${DATA_VERSION}` },
        },
      ],
    },
  });
}

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), publicUrlMeta(), firstViewPreloads(), offline()],
  define: {
    __ATLAS_DATA_CACHE__: JSON.stringify(`atlas-data-${DATA_VERSION}`),
    __ATLAS_MANIFEST_SHA256__: JSON.stringify(MANIFEST_SHA256),
  },
  // Relative asset paths so the built app also works from a sub-folder or a file server.
  base: './',
  build: {
    target: 'es2022',
    // Every browser the app runs in (es2022, WebGL2) knows <link rel="modulepreload">: the
    // polyfill would only add to the first view's script.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The timing report names slow plugin callbacks; vite-plugin-pwa writing sw.js after the
      // bundle (several seconds on a busy machine) always tops it, which is no finding.
      checks: { pluginTimings: false },
      output: {
        // MapLibre in a chunk of its own: it changes rarely (better caching), and the benchmark
        // reports its size apart from ours.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  /*
   * The dependencies the dev server must pre-bundle, named so that the first `npm start` (no
   * node_modules/.vite yet) bundles them all before the page loads, rather than finding one late
   * and reloading the page. Svelte's own entries are added by the Svelte plugin. Check with
   * `npx tsx scripts/dev-reload-check.ts` (removes the cache, opens the page, counts reloads).
   */
  optimizeDeps: {
    include: ['maplibre-gl', 'topojson-client', 'valibot'],
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
