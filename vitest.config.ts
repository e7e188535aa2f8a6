import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const shared = {
  // Pinned so that nothing can pass or fail by the machine's time zone.
  env: { TZ: 'Asia/Baku' },
  testTimeout: 60_000,
};

export default defineConfig({
  // Compiles runes in *.svelte.ts so state classes can be unit-tested.
  plugins: [svelte()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'node',
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'e2e/**', '**/*.browser.test.ts', '**/*.client.test.ts'],
        },
      },
      {
        // Svelte compiled for the browser, so that effects run (still in Node, no DOM).
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          ...shared,
          name: 'client',
          include: ['src/**/*.client.test.ts'],
          environment: './src/lib/state/test/client-environment.ts',
        },
      },
    ],
  },
});
