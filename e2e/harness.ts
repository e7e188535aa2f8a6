/** The smallest test harness that does what the browser suite needs, and nothing more. */
import type { Browser } from 'playwright-core';

export interface E2EContext {
  browser: Browser;
  origin: string;
  /** The directory of the build under test, as served at `origin`. */
  dist: string;
}

export interface E2ETest {
  name: string;
  run(ctx: E2EContext): Promise<void>;
}

export class AssertionError extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

export function checkEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new AssertionError(
      `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

export function checkNoProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new AssertionError(problems.join('\n'));
}
