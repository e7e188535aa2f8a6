/**
 * The production build (dist/) itself, as a visitor gets it: it loads offline under its
 * Content-Security-Policy, and carries none of the test build's hooks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';

export const tests: E2ETest[] = [
  {
    name: 'the production bundle has no test hook',
    async run({ dist }) {
      const scripts = readdirSync(join(dist, 'assets')).filter((f) => /\.m?js$/.test(f));
      check(scripts.length > 0, `no scripts in ${dist}/assets`);
      const hooked = scripts.filter((f) =>
        readFileSync(join(dist, 'assets', f), 'utf8').includes('__atlas'),
      );
      check(hooked.length === 0, `__atlas is in the production bundle: ${hooked.join(', ')}`);
    },
  },
  {
    name: 'the production page becomes ready offline, under its policy, without the hook',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const requests: string[] = [];
      watched.page.on('request', (r) => requests.push(r.url()));
      await openAtlas(watched, origin);
      const policy = await watched.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      check(policy?.includes("default-src 'none'"), `a strict policy in the page: ${policy}`);
      check(requests.length > 5, `the app loads its files: ${requests.length} requests`);
      const hook = await watched.page.evaluate(
        () => typeof (window as { __atlas?: unknown }).__atlas,
      );
      check(hook === 'undefined', `window.__atlas is ${hook} in the production build`);
      checkNoProblems(watched.problems);
    },
  },
];
