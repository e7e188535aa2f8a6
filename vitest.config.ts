import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Compiles runes in *.svelte.ts so state classes can be unit-tested.
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**', '**/*.browser.test.ts'],
    // Pinned so that nothing can pass or fail by the machine's time zone.
    env: { TZ: 'Asia/Baku' },
    testTimeout: 60_000,
  },
});
