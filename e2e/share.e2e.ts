/**
 * Share, cite and download: the link copied is the page's address, the citation names the data
 * version and the day, and the day's downloads hold exactly the zones in force that day, counted
 * here from a different published file (the pieces' timelines) than the one the app reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkAccessible } from './accessibility';
import { type WatchedPage, openAtlas, openWatchedPage } from './browser';
import { type E2ETest, check, checkEqual, checkNoProblems } from './harness';

const DAY = '2020-11-10';
const HASH = `#date=${DAY}&focus=AM&layers=control,relations&select=zone:shusha`;

function publishedJson<T>(dist: string, file: string): T {
  return JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
}

/** The day falls in the half-open period [from, to). */
function holds(period: { from: string; to: string | null }, day: string): boolean {
  return period.from <= day && (period.to === null || day < period.to);
}

/** Zones in force on `day`: pieces whose timeline entry that day comes from an authored period. */
function zonesOn(dist: string, day: string): string[] {
  const pieces = publishedJson<{
    features: {
      properties: {
        piece: string;
        timeline: { from: string; to: string | null }[];
      };
    }[];
  }>(dist, 'control-pieces.geojson');
  return pieces.features
    .filter(
      (f) =>
        !f.properties.piece.startsWith('rest-') && f.properties.timeline.some((t) => holds(t, day)),
    )
    .map((f) => f.properties.piece)
    .sort();
}

async function openShare(watched: WatchedPage, origin: string): Promise<Page> {
  await openAtlas(watched, origin, HASH);
  const { page } = watched;
  await page.getByTestId('share-toggle').click();
  await page.getByTestId('copy-link').waitFor();
  return page;
}

/** Clicks `testid` and returns the downloaded file's suggested name and text. */
async function download(page: Page, testid: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testid).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** CSV lines (no field of these files spans lines) split into fields, quotes honoured. */
function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields: string[] = [];
      let field = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          fields.push(field);
          field = '';
        } else field += c;
      }
      fields.push(field);
      return fields;
    });
}

export const tests: E2ETest[] = [
  {
    name: 'share: the menu opens from the keyboard, and Escape folds it back to its summary',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin, { width: 390, height: 844 });
      await openAtlas(watched, origin, `#date=${DAY}`);
      const { page } = watched;
      const toggle = page.getByTestId('share-toggle');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('copy-link').waitFor();
      await page.keyboard.press('Tab');
      checkEqual(
        await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        'copy-link',
        'Tab reaches the first action',
      );
      await page.keyboard.press('Escape');
      await page.getByTestId('copy-link').waitFor({ state: 'hidden' });
      checkEqual(
        await page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        'share-toggle',
        'focus is back on the summary',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'share: Copy link puts the page’s address on the clipboard and says so',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      await watched.page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      const page = await openShare(watched, origin);
      await page.getByTestId('copy-link').click();
      await page.getByTestId('share-status').filter({ hasText: 'copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      checkEqual(copied, page.url(), 'the clipboard holds the address of the view');
      check(
        copied.includes(`date=${DAY}`) && copied.includes('select=zone:shusha'),
        'with its state',
      );
      checkEqual(await page.getByTestId('manual-link').count(), 0, 'no hand-copy field needed');
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'share: when the clipboard refuses, the link is shown selected to copy by hand',
    async run({ browser, origin }) {
      const watched = await openWatchedPage(browser, origin);
      // A browser that refuses clipboard access, as without permission.
      await watched.page.addInitScript(() => {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      const page = await openShare(watched, origin);
      await page.getByTestId('copy-link').click();
      const field = page.getByTestId('manual-link');
      await field.waitFor();
      checkEqual(await field.inputValue(), page.url(), 'the field holds the address of the view');
      const selected = await field.evaluate((input: HTMLInputElement) => [
        document.activeElement === input,
        input.selectionStart,
        input.selectionEnd,
        input.value.length,
      ]);
      checkEqual(selected.slice(0, 3), [true, 0, selected[3]], 'focused with all of it selected');
      check(
        ((await page.getByTestId('share-status').textContent()) ?? '').includes('Could not copy'),
        'the status says the copy failed',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'share: the citation gives the data version, the day, the view and the address',
    async run({ browser, origin, dist }) {
      const watched = await openWatchedPage(browser, origin, undefined, { axe: true });
      const page = await openShare(watched, origin);
      await checkAccessible(page, 'the open Share menu');
      await page.getByTestId('cite-view').click();
      await page.getByTestId('cite-dialog').waitFor();
      const { version, verifiedThrough } = publishedJson<{
        version: string;
        verifiedThrough: string;
      }>(dist, 'manifest.json');
      const text = await page.getByTestId('cite-text').inputValue();
      for (const part of [
        version,
        '10 November 2020',
        'Shusha',
        'Armenia',
        page.url(),
        'Caucasus Atlas',
      ]) {
        check(text.includes(part), `the citation says ${part}: ${text}`);
      }
      check(
        text.includes('30 September 2025') === (verifiedThrough === '2025-09-30'),
        'verifiedThrough',
      );
      check(/accessed \d{1,2} [A-Z][a-z]+ \d{4}/.test(text), `an access date: ${text}`);
      const bibtex = await page.getByTestId('cite-bibtex').inputValue();
      check(bibtex.includes(`version = {${version}}`), `BibTeX gives the version: ${bibtex}`);
      const [csl] = JSON.parse(await page.getByTestId('cite-csl').inputValue()) as {
        version: string;
        URL: string;
      }[];
      checkEqual([csl?.version, csl?.URL], [version, page.url()], 'CSL-JSON version and URL');
      await checkAccessible(page, 'the citation dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('cite-dialog').waitFor({ state: 'detached' });
      checkEqual(
        await page.getByTestId('details-panel').count(),
        1,
        'Escape closed only the dialog',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'share: the day’s control downloads as GeoJSON and CSV, one entry per zone in force',
    async run({ browser, origin, dist }) {
      const watched = await openWatchedPage(browser, origin);
      const page = await openShare(watched, origin);
      const zones = zonesOn(dist, DAY);
      check(zones.length > 20, `zones counted from control-pieces.geojson: ${zones.length}`);

      const geojson = await download(page, 'download-control-geojson');
      checkEqual(geojson.name, `caucasus-atlas-control-${DAY}.geojson`, 'GeoJSON file name');
      const collection = JSON.parse(geojson.text) as {
        type: string;
        features: {
          type: string;
          geometry: { type: string };
          properties: { zone: string; from: string; to: string | null };
        }[];
      };
      checkEqual(collection.type, 'FeatureCollection', 'a FeatureCollection');
      for (const f of collection.features) {
        check(
          f.type === 'Feature' && /Polygon$/.test(f.geometry.type),
          `a polygon feature: ${f.properties.zone}`,
        );
        check(
          holds(f.properties, DAY),
          `${f.properties.zone} ${f.properties.from}–${f.properties.to} holds on ${DAY}`,
        );
      }
      checkEqual(
        collection.features.map((f) => f.properties.zone).sort(),
        zones,
        'one feature per zone',
      );

      const csv = await download(page, 'download-control-csv');
      checkEqual(csv.name, `caucasus-atlas-control-${DAY}.csv`, 'CSV file name');
      const [header, ...rows] = csvRows(csv.text);
      checkEqual(
        header,
        ['zone', 'name', 'controller', 'from', 'to_exclusive', 'confidence', 'sources'],
        'CSV header',
      );
      checkEqual(rows.map((r) => r[0]).sort(), zones, 'one CSV row per zone');
      const shusha = rows.find((r) => r[0] === 'shusha');
      checkEqual(shusha?.[2], 'AZ', 'Shusha held by Azerbaijan on 10 November 2020');
      check(
        rows.every((r) => r.length === header!.length),
        'every row has every column',
      );
      checkNoProblems(watched.problems);
    },
  },
  {
    name: 'share: the focus country’s relations on the day download as CSV',
    async run({ browser, origin, dist }) {
      const watched = await openWatchedPage(browser, origin);
      const page = await openShare(watched, origin);
      const csv = await download(page, 'download-relations-csv');
      checkEqual(csv.name, `caucasus-atlas-relations-AM-${DAY}.csv`, 'file name');
      const [header, ...rows] = csvRows(csv.text);
      checkEqual(header?.slice(0, 4), ['country', 'other', 'other_name', 'status'], 'header');
      const { countries } = publishedJson<{ countries: { code: string }[] }>(
        dist,
        'relations.json',
      );
      checkEqual(
        rows.map((r) => r[1]).sort(),
        countries
          .map((c) => c.code)
          .filter((c) => c !== 'AM')
          .sort(),
        'a row for every other followed state',
      );
      checkEqual(rows.find((r) => r[1] === 'RU')?.[3], 'alliance', 'Armenia and Russia: alliance');
      // The dataset list links every published file.
      const links = await page
        .getByTestId('dataset-files')
        .locator('a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      for (const file of ['control.geojson', 'relations.json', 'manifest.json', 'changelog.json']) {
        check(
          links.some((l) => l?.endsWith(`data/${file}`)),
          `the dataset list links ${file}`,
        );
      }
      checkNoProblems(watched.problems);
    },
  },
];
