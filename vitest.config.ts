import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'geo/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**', '**/*.browser.test.ts'],
    // Pinned so that nothing can pass or fail by the machine's time zone.
    env: { TZ: 'Asia/Baku' },
    testTimeout: 60_000,
  },
});
