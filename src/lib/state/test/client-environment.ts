/**
 * A Vitest environment that compiles Svelte for the browser (so `$effect` runs) while staying
 * in Node: the globals a test needs, such as a window, the test brings itself.
 */
import type { Environment } from 'vitest/environments';

export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
