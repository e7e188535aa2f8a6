import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy of the built app: everything it loads comes from its own origin,
 * nothing inline, no eval. What the policy allows beyond 'self', and why:
 * - img-src data: blob: MapLibre's stylesheet draws its control icons as data: SVGs, and MapLibre
 *   decodes raster images it is handed through blob: URLs.
 * - font-src data: the bundler inlines the smallest font subsets into the CSS as data: URLs.
 * - worker-src blob:, child-src blob: MapLibre starts its worker from a blob: URL when it cannot
 *   load the worker file directly.
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

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), publicUrlMeta()],
  // Relative asset paths so the built app also works from a sub-folder or a file server.
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own: it changes rarely (better caching), and the benchmark
        // reports its size apart from ours.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
