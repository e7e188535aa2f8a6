/**
 * Evaluates (place, date, expected controller) cases drawn from the sources against
 * public/data/control.geojson, read with fs, using Turf point-in-polygon. Places without a zone
 * fall in a state's rest, whose controller is that state. "facts N" is the row of
 * shared/reference/facts.md; other sources are named by their bibliography id.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Controller } from '../../src/lib/domain/types';
import { PLACES } from './places';
import { loadControl, loadPieces } from './testdata';
import { featuresOn } from './validate';

const features = loadControl();
const pieces = loadPieces();

/** The controller of a point on a day: a period feature containing it, else its state's rest. */
function controllerAt(lonLat: [number, number], day: string): Controller | 'none' {
  const hits = featuresOn(features, day).filter((f) => turf.booleanPointInPolygon(lonLat, f));
  if (hits.length > 1)
    throw new Error(`${lonLat.join(',')} is in ${hits.length} features on ${day}`);
  const [hit] = hits;
  if (hit) return hit.properties.controller;
  const rest = pieces.find(
    (p) => p.properties.piece.startsWith('rest-') && turf.booleanPointInPolygon(lonLat, p),
  );
  return rest?.properties.timeline[0]?.controller ?? 'none';
}

const P = (name: string): [number, number] => {
  const place = PLACES[name];
  if (!place) throw new Error(`unknown place ${name}`);
  return place.lonLat;
};

type Case = [place: string, at: [number, number], date: string, expected: Controller];

const CASES: Case[] = [
  // facts 1, 3: the NKAO lay within the Azerbaijan SSR.
  ['Stepanakert', P('Stepanakert'), '1988-06-01', 'AZ'],
  // facts 9: Khojaly captured 25-26 Feb 1992.
  ['Khojaly', P('Khojaly'), '1992-02-20', 'AZ'],
  ['Khojaly', P('Khojaly'), '1992-03-01', 'NKR'],
  // facts 10: Shusha taken 8-9 May 1992; facts 39: retaken 8 Nov 2020.
  ['Shusha', P('Shusha'), '1992-05-07', 'AZ'],
  ['Shusha', P('Shusha'), '1992-05-10', 'NKR'],
  ['Shusha', P('Shusha'), '2020-11-07', 'NKR'],
  ['Shusha', P('Shusha'), '2020-11-10', 'AZ'],
  // facts 12: Lachin taken 18 May 1992; facts 44: corridor under peacekeepers; facts 50.
  ['Lachin', P('Lachin'), '1992-05-10', 'AZ'],
  ['Lachin', P('Lachin'), '1992-06-01', 'NKR'],
  ['Lachin', P('Lachin'), '2021-06-01', 'RU-PKF'],
  ['Lachin', P('Lachin'), '2022-08-25', 'RU-PKF'],
  ['Lachin', P('Lachin'), '2022-08-26', 'AZ'],
  ['Zabukh', P('Zabukh'), '2021-06-01', 'RU-PKF'],
  ['Zabukh', P('Zabukh'), '2022-09-01', 'AZ'],
  // facts 16 and 15: Martakert Azerbaijani-held Jul 1992 - 27 Jun 1993; facts 43: stayed NKR.
  ['Martakert', P('Martakert'), '1993-01-01', 'AZ'],
  ['Martakert', P('Martakert'), '1993-06-28', 'NKR'],
  ['Martakert', P('Martakert'), '2021-06-01', 'NKR'],
  // wikijaa-madagiz, qadin-madagiz, ipfs-talish: Azerbaijani-held from 1992 to April 1994,
  // NKR until 3 Oct 2020 (facts 32).
  ['Madagiz', P('Madagiz'), '1994-01-01', 'AZ'],
  ['Madagiz', P('Madagiz'), '2019-01-01', 'NKR'],
  ['Madagiz', P('Madagiz'), '2020-10-04', 'AZ'],
  ['Talish', P('Talish'), '1995-06-01', 'NKR'],
  ['Talish', P('Talish'), '2021-06-01', 'AZ'],
  // perceptio-seysulan: Armenian-held on the line of contact after 1994, still in 2021.
  ['Seysulan', P('Seysulan'), '2018-01-01', 'NKR'],
  // facts 17: Kalbajar fell 3 Apr 1993; facts 43: handed over 25 Nov 2020.
  ['Kalbajar', P('Kalbajar'), '1993-03-20', 'AZ'],
  ['Kalbajar', P('Kalbajar'), '1993-04-10', 'NKR'],
  ['Kalbajar', P('Kalbajar'), '2020-11-24', 'NKR'],
  ['Kalbajar', P('Kalbajar'), '2020-11-25', 'AZ'],
  // facts 19: Agdam captured 23 Jul 1993; facts 42: handed over 20 Nov 2020.
  ['Agdam', P('Agdam'), '1993-07-22', 'AZ'],
  ['Agdam', P('Agdam'), '1993-07-24', 'NKR'],
  ['Agdam', P('Agdam'), '2020-11-19', 'NKR'],
  ['Agdam', P('Agdam'), '2020-11-20', 'AZ'],
  // frwiki-aliagali: Agdam district village outside the NKAO, Armenian-held until the 2020
  // handover of Agdam district (facts 42).
  ['Aliagali', P('Aliagali'), '1995-06-01', 'NKR'],
  ['Aliagali', P('Aliagali'), '2020-11-21', 'AZ'],
  // facts 20: Fuzuli and Jabrayil taken 23 Aug 1993; facts 36, 33: retaken 17 and 4 Oct 2020.
  ['Fuzuli', P('Fuzuli'), '1993-08-22', 'AZ'],
  ['Fuzuli', P('Fuzuli'), '1995-06-01', 'NKR'],
  ['Fuzuli', P('Fuzuli'), '2020-10-16', 'NKR'],
  ['Fuzuli', P('Fuzuli'), '2020-10-18', 'AZ'],
  ['Jabrayil', P('Jabrayil'), '1995-06-01', 'NKR'],
  ['Jabrayil', P('Jabrayil'), '2020-10-03', 'NKR'],
  ['Jabrayil', P('Jabrayil'), '2020-10-05', 'AZ'],
  // facts 22, 38: Qubadli 31 Aug 1993 and 25 Oct 2020.
  ['Qubadli', P('Qubadli'), '1993-08-30', 'AZ'],
  ['Qubadli', P('Qubadli'), '1993-09-01', 'NKR'],
  ['Qubadli', P('Qubadli'), '2020-10-26', 'AZ'],
  // facts 24, 37: Zangilan 29 Oct 1993 and 20 Oct 2020.
  ['Zangilan', P('Zangilan'), '1993-10-28', 'AZ'],
  ['Zangilan', P('Zangilan'), '1993-11-05', 'NKR'],
  ['Zangilan', P('Zangilan'), '2020-10-19', 'NKR'],
  ['Zangilan', P('Zangilan'), '2020-10-21', 'AZ'],
  // facts 23, 25: Horadiz taken 23-24 Oct 1993, retaken 5-6 Jan 1994.
  ['Horadiz', P('Horadiz'), '1993-10-01', 'AZ'],
  ['Horadiz', P('Horadiz'), '1993-11-01', 'NKR'],
  ['Horadiz', P('Horadiz'), '1994-01-07', 'AZ'],
  // facts A6 and kiwix-chocuq-marjanli: the one Jabrayil village Azerbaijan held 1994-2020.
  ['Chocuq Marjanli', P('ChocuqMarjanli'), '1995-06-01', 'AZ'],
  // facts 34: Hadrut announced taken 9 Oct 2020.
  ['Hadrut', P('Hadrut'), '2020-10-08', 'NKR'],
  ['Hadrut', P('Hadrut'), '2020-10-10', 'AZ'],
  // facts 28: Tartar stayed Azerbaijani.
  ['Tartar', P('Tartar'), '1990-01-01', 'AZ'],
  ['Tartar', P('Tartar'), '1995-06-01', 'AZ'],
  ['Tartar', P('Tartar'), '2021-06-01', 'AZ'],
  // facts 28, 45, 55: the NKAO core held 1994-2023, no NKR territory after 2023.
  ['Stepanakert', P('Stepanakert'), '1995-06-01', 'NKR'],
  ['Stepanakert', P('Stepanakert'), '2021-06-01', 'NKR'],
  ['Stepanakert', P('Stepanakert'), '2024-06-01', 'AZ'],
  ['Askeran', P('Askeran'), '2021-06-01', 'NKR'],
  ['Martuni', P('Martuni'), '2021-06-01', 'NKR'],
  ['Martuni', P('Martuni'), '2023-10-02', 'AZ'],
  // facts 61: Karki Armenian-held since May 1992.
  ['Karki', P('Karki'), '1988-06-01', 'AZ'],
  ['Karki', P('Karki'), '1995-06-01', 'AM'],
  ['Karki', P('Karki'), '2025-06-01', 'AM'],
  // facts 60: Artsvashen taken by Azerbaijan in Aug 1992 (point inside the exclave).
  ['Artsvashen', [45.515, 40.63], '1990-01-01', 'AM'],
  ['Artsvashen', [45.515, 40.63], '1993-01-01', 'AZ'],
  // facts 63: Barkhudarly captured 27 Apr 1992.
  ['Barkhudarly', [45.2, 40.985], '1992-04-26', 'AZ'],
  ['Barkhudarly', [45.2, 40.985], '1992-05-01', 'AM'],
  // facts 62: Yukhari Askipara Armenian-held since the first war.
  ['Yukhari Askipara', [44.995, 41.05], '2000-01-01', 'AM'],
  // States' undisputed land.
  ['Goris', P('Goris'), '2021-06-01', 'AM'],
  ['Yerevan', P('Yerevan'), '2024-06-01', 'AM'],
  ['Baku', P('Baku'), '1995-06-01', 'AZ'],
  ['Ganja', P('Ganja'), '1993-01-01', 'AZ'],
  ['Nakhchivan', P('Nakhchivan'), '1995-06-01', 'AZ'],
  ['Tbilisi', P('Tbilisi'), '2008-08-20', 'GE'],
  // enwiki-battle-gagra: Gagra taken 1-6 Oct 1992.
  ['Gagra', P('Gagra'), '1992-09-01', 'GE'],
  ['Gagra', P('Gagra'), '1992-10-07', 'ABK'],
  // agenda-ge-sukhumi-2014: Sukhumi fell 27 Sep 1993.
  ['Sukhumi', P('Sukhumi'), '1993-09-26', 'GE'],
  ['Sukhumi', P('Sukhumi'), '1994-06-01', 'ABK'],
  // eurasianet-kodori-2008: upper Kodori Georgian-held until 12 Aug 2008.
  ['Kodori gorge', P('KodoriGorge'), '2008-08-01', 'GE'],
  ['Kodori gorge', P('KodoriGorge'), '2008-08-13', 'ABK'],
  // enwiki-south-ossetia-war-1991: war from 5 Jan 1991, South Ossetia divided afterwards.
  ['Tskhinvali', P('Tskhinvali'), '1990-06-01', 'GE'],
  ['Tskhinvali', P('Tskhinvali'), '1995-06-01', 'OSS'],
  // guardian-akhalgori-2008, itwiki-akhalgori: Georgian-administered until Aug 2008.
  ['Akhalgori', P('Akhalgori'), '2008-08-01', 'GE'],
  ['Akhalgori', P('Akhalgori'), '2009-01-01', 'OSS'],
];

describe('control.geojson against sourced cases', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CASES)('%s on %s expected %s', (_name, at, date, expected) => {
    expect(controllerAt(at, date)).toBe(expected);
  });
});

describe('end of NKR control (1 Oct 2023, see README)', () => {
  it('no feature is NKR-controlled on or after 2023-10-01', () => {
    const late = features.filter(
      (f) =>
        f.properties.controller === 'NKR' &&
        (f.properties.to === null || f.properties.to > '2023-10-01'),
    );
    expect(late.map((f) => f.properties.id)).toEqual([]);
  });
  it('NKR still held territory on 2023-09-30', () => {
    expect(featuresOn(features, '2023-09-30').some((f) => f.properties.controller === 'NKR')).toBe(
      true,
    );
  });
});
