/**
 * Reduced motion: asked for by the system, a preset view jumps in one frame (no easing), CSS
 * transitions are off, and nothing starts playing by itself. The same page without the setting
 * eases, so the check tells the two apart.
 */
import type { Page } from 'playwright-core';
import { mapIdle, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkNoProblems } from './harness';

interface PresetMove {
  /** The map was still moving right after the click (an ease in progress). */
  easing: boolean;
  /** `moveend` had already fired when the click returned. */
  endedAtOnce: boolean;
  /** Longitude of the map's centre before and right after the click. */
  before: number;
  after: number;
}

/** Clicks a preset button and reads the camera in the same task, before any frame is drawn. */
function clickPreset(page: Page, label: string): Promise<PresetMove> {
  return page.evaluate((label) => {
    const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
    const button = [...document.querySelectorAll<HTMLButtonElement>('.presets button')].find(
      (b) => b.textContent?.trim() === label,
    );
    if (!button) throw new Error(`no preset button “${label}”`);
    let ended = false;
    map.once('moveend', () => (ended = true));
    const before = map.getCenter().lng;
    button.click();
    return { easing: map.isMoving(), endedAtOnce: ended, before, after: map.getCenter().lng };
  }, label);
}

/** The computed transition of an element whose own style asks for a long one. */
function transitionOfProbe(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.transition = 'opacity 2s ease 1s';
    document.body.append(probe);
    const style = getComputedStyle(probe);
    const seen = `${style.transitionDuration} ${style.transitionDelay}`;
    probe.remove();
    return seen;
  });
}

function playing(page: Page): Promise<boolean> {
  return page
    .getByTestId('timeline-play')
    .textContent()
    .then((text) => (text ?? '').includes('Pause'));
}

export const tests: E2ETest[] = [
  {
    name: 'reduced motion: a preset view jumps in one frame, CSS transitions are off, nothing plays',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await openAtlas(watched, origin, '#map=6/40.5/45.5');
      const eased = await clickPreset(page, 'Pakistan');
      check(eased.easing && !eased.endedAtOnce, 'without the setting, a preset view eases');
      check(
        (await transitionOfProbe(page)) === '2s 1s',
        'without the setting, transitions are kept',
      );
      await mapIdle(page);

      await page.emulateMedia({ reducedMotion: 'reduce' });
      const jumped = await clickPreset(page, 'Karabakh');
      check(!jumped.easing, 'with reduced motion, the map is not moving right after the click');
      check(jumped.endedAtOnce, 'with reduced motion, moveend comes before the click returns');
      check(
        Math.abs(jumped.after - jumped.before) > 5,
        `the map moved to Karabakh at once (centre ${jumped.before} → ${jumped.after})`,
      );
      const transition = await transitionOfProbe(page);
      check(transition === '0s 0s', `with reduced motion, transitions are off (got ${transition})`);
      await mapIdle(page);
      check(!(await playing(page)), 'nothing plays by itself');
      checkNoProblems(watched.problems);
    },
  },
];
