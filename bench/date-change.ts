/** Date-change benchmark: filled in with the time slider (issue 4). */
import type { Browser } from 'playwright-core';

export async function runDateChangeBench(_browser: Browser, _origin: string): Promise<void> {}
