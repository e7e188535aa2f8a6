/**
 * Issue 13, point 1: three views of one day. The canvas at Stepanakert on 2019-06-01 shows the
 * holder in the control view and the recognised state in the recognised view, each the colour
 * of its legend swatch; a claim over an area another holds is drawn over the holder's fill; the
 * view is in the link, and a reload reopens it.
 */
import type { Page } from 'playwright-core';
import { CLAIM_OUTLINES } from '../src/lib/style/views';
import { CONTROLLER_FILLS } from '../src/lib/style/palette';
import {
  type Rgb,
  colourAt,
  colourDistance,
  hexToRgb,
  mapIdle,
  openAtlas,
  openWatchedPage,
  screenPoint,
} from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';
import { showOverlays } from './map-reading';
import { place } from './places';

/** Pattern ink (dots, low-confidence hatching) is not an area's colour. */
const PATTERN_INK: Rgb[] = [
  [30, 30, 30],
  [60, 60, 60],
  [255, 255, 255],
];

/** The background colour of a legend swatch, as the page draws it. */
async function swatchColour(page: Page, selector: string): Promise<Rgb> {
  const css = await page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number);
  return [r!, g!, b!];
}

async function canvasColour(page: Page, id: string): Promise<Rgb> {
  const [lon, lat] = place(id);
  const p = await screenPoint(page, lon, lat);
  return colourAt(page, p.x, p.y, 9, PATTERN_INK);
}

/** The claims file has loaded (the legend lists the claims) and the map has drawn it. */
async function claimsDrawn(page: Page): Promise<void> {
  await page.locator('[data-legend^="claim-"]').first().waitFor({ state: 'attached' });
  await mapIdle(page);
}

/** Features of a map layer at a place, with their feature-state. */
async function featuresAt(page: Page, id: string, layer: string) {
  const [lon, lat] = place(id);
  return page.evaluate(
    ([lo, la, name]) => {
      const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
        .map;
      const point = map.project([lo as number, la as number]);
      return map
        .queryRenderedFeatures(point, { layers: [name as string] })
        .map((f) => ({ claim: String(f.properties.claim), state: f.state }));
    },
    [lon, lat, layer] as const,
  );
}

export const tests: E2ETest[] = [
  {
    name: 'Stepanakert on 2019-06-01: the holder in view=control, Azerbaijan in view=recognised, each as its legend swatch',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#map=8/39.8/46.7&date=2019-06-01&layers=control');
      await showOverlays(page, false);
      const control = await canvasColour(page, 'stepanakert');
      // The control data: held by the Nagorno-Karabakh authorities on that day.
      const nkrSwatch = await swatchColour(
        page,
        '.legend li:has-text("Nagorno-Karabakh Republic") .swatch',
      );
      check(
        colourDistance(control, nkrSwatch) < 12,
        `control view: canvas ${control} is not the NKR swatch ${nkrSwatch}`,
      );
      check(
        colourDistance(control, hexToRgb(CONTROLLER_FILLS.NKR)) < 12,
        `control view: canvas ${control} is not the NKR fill`,
      );
      // Switch by the view control, as a reader would.
      await page.getByText('Recognised borders', { exact: true }).click();
      await mapIdle(page);
      check(
        page.url().includes('view=recognised'),
        `the link does not keep the view: ${page.url()}`,
      );
      const recognised = await canvasColour(page, 'stepanakert');
      const azSwatch = await swatchColour(page, '[data-legend="recognised-AZ"] .swatch');
      check(
        colourDistance(recognised, azSwatch) < 12,
        `recognised view: canvas ${recognised} is not the Azerbaijan swatch ${azSwatch}`,
      );
      check(
        colourDistance(recognised, control) > 60,
        `the two views look alike at Stepanakert: ${control} and ${recognised}`,
      );
      const caption = await page.getByTestId('view-caption').innerText();
      check(/recognised borders/i.test(caption), `the caption does not name the view: ${caption}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'the claims view draws the Abkhaz claim over the Georgian-held upper Kodori (2005): both marks present',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(
        watched,
        origin,
        '#map=9/43.1/41.75&date=2005-06-01&layers=control&view=claims',
      );
      await claimsDrawn(page);
      await showOverlays(page, false);
      // Chkhalta lies in the upper Kodori valley: held by Georgia until August 2008, claimed by
      // Abkhazia as part of the former autonomous republic, and by Georgia as its own.
      const parts = await featuresAt(page, 'chkhalta', 'claims-hatch');
      const contested = (claim: string) =>
        parts.find((p) => p.claim === claim)?.state?.['contested'] === true;
      check(
        contested('abk-former-assr'),
        `no Abkhaz hatching at Chkhalta: ${JSON.stringify(parts)}`,
      );
      check(
        parts.some((p) => p.claim === 'ge-recognised-territory') &&
          !contested('ge-recognised-territory'),
        `Georgia's claim at Chkhalta should be there and held: ${JSON.stringify(parts)}`,
      );
      const outlines = await page.evaluate(() => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        return map
          .queryRenderedFeatures({ layers: ['claims-outline'] })
          .filter((f) => f.state['shown'] === true)
          .map((f) => String(f.properties.claim));
      });
      for (const claim of ['abk-former-assr', 'ge-recognised-territory']) {
        check(outlines.includes(claim), `no outline of ${claim} on screen: ${outlines.join(', ')}`);
      }
      // In the pixels: the holder's fill and the claimant's hatching, side by side.
      const [lon, lat] = place('chkhalta');
      const p = await screenPoint(page, lon, lat);
      const png = await page.screenshot({
        clip: { x: p.x - 15, y: p.y - 15, width: 31, height: 31 },
      });
      const { PNG } = await import('pngjs');
      const image = PNG.sync.read(png);
      let fill = 0;
      let hatch = 0;
      const geFill = hexToRgb(CONTROLLER_FILLS.GE);
      const abkInk = hexToRgb(CLAIM_OUTLINES.ABK);
      for (let i = 0; i < image.data.length; i += 4) {
        const rgb: Rgb = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
        if (colourDistance(rgb, geFill) < 20) fill++;
        if (colourDistance(rgb, abkInk) < 45) hatch++;
      }
      const total = image.data.length / 4;
      check(fill > total * 0.3, `too little Georgian fill at Chkhalta: ${fill}/${total}`);
      check(hatch > total * 0.08, `too little Abkhaz hatching at Chkhalta: ${hatch}/${total}`);
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'a link with view=claims reopens the claims view after a reload; the arrow keys switch views',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2005-06-01&view=claims');
      await claimsDrawn(page);
      await page.reload();
      await page.waitForSelector('.map[data-ready="true"]', { timeout: 60_000 });
      await claimsDrawn(page);
      check(
        await page.getByRole('radio', { name: 'Claims' }).isChecked(),
        'the Claims view is not chosen after the reload',
      );
      check(page.url().includes('view=claims'), `the reload lost the view: ${page.url()}`);
      const caption = await page.getByTestId('view-caption').innerText();
      check(/claimed/.test(caption), `the caption does not name the claims view: ${caption}`);
      const shown = await page.evaluate(() => {
        const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas
          .map;
        return map
          .queryRenderedFeatures({ layers: ['claims-outline'] })
          .some((f) => f.state['shown']);
      });
      check(shown, 'no claim outline is drawn after the reload');
      // Keyboard: from the chosen view, the left arrow goes to the previous one.
      await page.getByRole('radio', { name: 'Claims' }).focus();
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => location.hash.includes('view=recognised'));
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction(() => !location.hash.includes('view='));
      checkEqual(
        await page.getByRole('radio', { name: 'De facto control' }).isChecked(),
        true,
        'control chosen by keyboard',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'in the recognised view, the panel of a zone held by the NKR lists its recognition on the day',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      const { page } = watched;
      await openAtlas(watched, origin, '#date=2019-06-01&view=recognised&select=zone:nkao-core');
      const section = page.getByTestId('details-recognition');
      await section.waitFor({ timeout: 30_000 });
      const text = await section.innerText();
      check(/Nagorno-Karabakh Republic/.test(text), `not about the NKR: ${text}`);
      check(/UN member/.test(text), `does not say who recognised it: ${text}`);
      checkNoProblems(watched.problems);
    },
  },
];
