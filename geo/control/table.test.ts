/**
 * (place, date, controller) cases drawn from the sources, checked against the published data
 * the way the app reads it: the place's `zone` in public/data/places.json, then that piece's
 * timeline in control-pieces.geojson. Places are registry ids; each case cites the
 * bibliography ids that support it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/domain/places';
import type { Controller } from '../../src/lib/domain/types';
import { toDay } from '../../src/lib/time/days';
import { contains } from '../../src/lib/time/interval';
import { loadBibliography } from '../lib/bibliography';
import { loadControl, loadPieces, ROOT } from './testdata';
import { featuresOn } from './validate';

const features = loadControl();
const pieces = loadPieces();
const places = JSON.parse(
  readFileSync(join(ROOT, 'public', 'data', 'places.json'), 'utf8'),
) as Place[];

/** Who held a registry place on a day, as the app shows it. */
function holderOf(placeId: string, day: string): Controller | 'none' {
  const place = places.find((p) => p.id === placeId);
  if (!place) throw new Error(`place ${placeId} is not in public/data/places.json`);
  const piece = pieces.find((p) => p.properties.piece === place.zone);
  const entry = piece?.properties.timeline.find((e) =>
    contains({ from: toDay(e.from), to: e.to === null ? null : toDay(e.to) }, toDay(day)),
  );
  return entry?.controller ?? 'none';
}

interface Case {
  place: string;
  date: string;
  holder: Controller;
  sources: string[];
}

/** Cases for one place: [date, holder] pairs, all supported by `sources`. */
function at(place: string, sources: string[], ...changes: [string, Controller][]): Case[] {
  return changes.map(([date, holder]) => ({ place, date, holder, sources }));
}

const NKAO = ['worldlibrary-nkao'];
const END_2023 = ['babel-2023-ceasefire', 'armradio-2023-dissolution'];
const EXCLAVES = [
  'earthspot-am-az-border',
  'ctl-turan-exclaves-2024',
  'ctl-turan-gazakh-returned-2024',
];

const CASES: Case[] = [
  ...at('stepanakert', NKAO, ['1988-06-01', 'AZ']),
  ...at(
    'khojaly',
    ['ltwiki-khojaly', 'ctl-trend-pk-senate-khojaly-2012'],
    ['1992-02-20', 'AZ'],
    ['1992-03-01', 'NKR'],
  ),
  ...at('shusha', ['enwiki-battle-shusha-1992'], ['1992-05-07', 'AZ'], ['1992-05-10', 'NKR']),
  ...at('shusha', ['alarabiya-shusha-2020'], ['2020-11-07', 'NKR'], ['2020-11-10', 'AZ']),
  ...at(
    'lachin',
    ['westernarmeniatv-berdzor', 'qarabag-lachin'],
    ['1992-05-10', 'AZ'],
    ['1992-06-01', 'NKR'],
  ),
  ...at(
    'lachin',
    ['am-pm-trilateral-statement-2020', 'az-mfa-trilateral-statement-2020', 'tass-lachin-2020'],
    ['2021-06-01', 'RU-PKF'],
    ['2022-08-25', 'RU-PKF'],
  ),
  ...at('lachin', ['azernews-lachin-2022', 'dailysabah-lachin-2022'], ['2022-08-26', 'AZ']),
  ...at(
    'zabukh',
    ['tass-lachin-2020', 'azernews-lachin-2022'],
    ['2021-06-01', 'RU-PKF'],
    ['2022-09-01', 'AZ'],
  ),
  ...at(
    'martakert',
    ['memim-aghdara', 'latimes-martakert-1993'],
    ['1993-01-01', 'AZ'],
    ['1993-06-28', 'NKR'],
  ),
  ...at('martakert', ['ctl-artsakh-area-wikien4'], ['2021-06-01', 'NKR']),
  ...at(
    'madagiz',
    ['wikijaa-madagiz', 'azernews-2020-10-03'],
    ['1994-01-01', 'AZ'],
    ['2019-01-01', 'NKR'],
    ['2020-10-04', 'AZ'],
  ),
  ...at(
    'talish',
    ['ipfs-talish', 'azernews-2020-10-03'],
    ['1995-06-01', 'NKR'],
    ['2021-06-01', 'AZ'],
  ),
  ...at('seysulan', ['perceptio-seysulan'], ['2018-01-01', 'NKR']),
  ...at('kalbajar', ['enwiki-battle-kalbajar'], ['1993-03-20', 'AZ'], ['1993-04-10', 'NKR']),
  ...at('kalbajar', ['cknot-kalbajar-2020'], ['2020-11-24', 'NKR'], ['2020-11-25', 'AZ']),
  ...at('agdam', ['enwiki-battle-aghdam'], ['1993-07-22', 'AZ'], ['1993-07-24', 'NKR']),
  ...at(
    'agdam',
    ['dailyasianage-agdam-2020', 'newsaz-agdam-2020'],
    ['2020-11-19', 'NKR'],
    ['2020-11-20', 'AZ'],
  ),
  ...at(
    'aliagali',
    ['frwiki-aliagali', 'newsaz-agdam-2020'],
    ['1995-06-01', 'NKR'],
    ['2020-11-21', 'AZ'],
  ),
  ...at(
    'fuzuli',
    ['armenianclub-fuzuli-jabrayil-1993', 'vestikavkaza-fuzuli-jabrayil-1993'],
    ['1993-08-22', 'AZ'],
    ['1995-06-01', 'NKR'],
  ),
  ...at('fuzuli', ['war-zefer-fuzuli-2020'], ['2020-10-16', 'NKR'], ['2020-10-18', 'AZ']),
  ...at('jabrayil', ['vestikavkaza-fuzuli-jabrayil-1993'], ['1995-06-01', 'NKR']),
  ...at(
    'jabrayil',
    ['azernews-2020-10-03', 'ctl-azernews-jabrayil-2020'],
    ['2020-10-03', 'NKR'],
    ['2020-10-05', 'AZ'],
  ),
  ...at(
    'qubadli',
    ['newsaz-gubadli', 'ctl-azvision-gubadli-2021'],
    ['1993-08-30', 'AZ'],
    ['1993-09-01', 'NKR'],
  ),
  ...at('qubadli', ['dewiki-qubadli', 'ctl-azvision-gubadli-2021'], ['2020-10-26', 'AZ']),
  ...at(
    'zangilan',
    ['reportaz-zangilan-1993', 'azernews-zangilan-1993'],
    ['1993-10-28', 'AZ'],
    ['1993-11-05', 'NKR'],
  ),
  ...at(
    'zangilan',
    ['cknot-zangilan-2020', 'ctl-anews-zangilan-2020'],
    ['2020-10-19', 'NKR'],
    ['2020-10-21', 'AZ'],
  ),
  ...at(
    'horadiz',
    ['plwiki-horadiz', 'ukwiki-horadiz'],
    ['1993-10-01', 'AZ'],
    ['1993-11-01', 'NKR'],
  ),
  ...at('horadiz', ['war-apatv-horadiz-2015', 'ap-horadiz-1994'], ['1994-01-07', 'AZ']),
  ...at('chocuq-marjanli', ['kiwix-chocuq-marjanli'], ['1995-06-01', 'AZ']),
  ...at(
    'hadrut',
    ['newsaz-hadrut-2020', 'iswnews-hadrut-2020'],
    ['2020-10-08', 'NKR'],
    ['2020-10-10', 'AZ'],
  ),
  ...at(
    'tartar',
    ['ipfs-nkr-admin-divisions', 'enwiki-bishkek-protocol'],
    ['1990-01-01', 'AZ'],
    ['1995-06-01', 'AZ'],
    ['2021-06-01', 'AZ'],
  ),
  ...at(
    'stepanakert',
    ['enwiki-bishkek-protocol', 'ctl-artsakh-area-wikien4'],
    ['1995-06-01', 'NKR'],
    ['2021-06-01', 'NKR'],
  ),
  ...at('stepanakert', END_2023, ['2024-06-01', 'AZ']),
  ...at('askeran', ['ctl-artsakh-area-wikien4'], ['2021-06-01', 'NKR']),
  ...at('khojavend', ['ctl-artsakh-area-wikien4'], ['2021-06-01', 'NKR']),
  ...at('khojavend', END_2023, ['2023-10-02', 'AZ']),
  ...at(
    'karki',
    ['earthspot-am-az-border', 'osmarks-karki'],
    ['1988-06-01', 'AZ'],
    ['1995-06-01', 'AM'],
    ['2025-06-01', 'AM'],
  ),
  ...at(
    'artsvashen',
    ['scowiki-artsvashen', 'evn-enclaves'],
    ['1990-01-01', 'AM'],
    ['1993-01-01', 'AZ'],
  ),
  ...at(
    'barkhudarly',
    ['enwiki-barxudarli', ...EXCLAVES],
    ['1992-04-26', 'AZ'],
    ['1992-05-01', 'AM'],
  ),
  ...at(
    'yukhari-askipara',
    ['absoluteastronomy-yukhari-askipara', 'wikipedie-yukhari-askipara'],
    ['2000-01-01', 'AM'],
  ),
  ...at('kapan', ['natural-earth-world-atlas'], ['1995-06-01', 'AM'], ['2024-06-01', 'AM']),
  ...at('goris', ['natural-earth-world-atlas'], ['2021-06-01', 'AM']),
  ...at('yerevan', ['natural-earth-world-atlas'], ['2024-06-01', 'AM']),
  ...at('baku', ['natural-earth-world-atlas'], ['1995-06-01', 'AZ']),
  ...at('ganja', ['natural-earth-world-atlas'], ['1993-01-01', 'AZ']),
  ...at('nakhchivan', ['natural-earth-world-atlas'], ['1995-06-01', 'AZ']),
  ...at('tbilisi', ['natural-earth-world-atlas'], ['2008-08-20', 'GE']),
  ...at('gagra', ['enwiki-battle-gagra'], ['1992-09-01', 'GE'], ['1992-10-07', 'ABK']),
  ...at('sukhumi', ['agenda-ge-sukhumi-2014'], ['1993-09-26', 'GE'], ['1994-06-01', 'ABK']),
  ...at('chkhalta', ['eurasianet-kodori-2008'], ['2008-08-01', 'GE'], ['2008-08-13', 'ABK']),
  ...at(
    'tskhinvali',
    ['enwiki-south-ossetia-war-1991'],
    ['1990-06-01', 'GE'],
    ['1995-06-01', 'OSS'],
  ),
  ...at(
    'akhalgori',
    ['guardian-akhalgori-2008', 'voa-akhalgori-2008'],
    ['2008-08-01', 'GE'],
    ['2009-01-01', 'OSS'],
  ),
];

const nameOf = (id: string): string => places.find((p) => p.id === id)?.name ?? id;

describe('who held each place on a day, against the sources', () => {
  it('has at least 40 cases, each citing known bibliography ids', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const bibliography = loadBibliography(ROOT);
    const unknown = CASES.flatMap((c) => c.sources).filter((s) => !bibliography.has(s));
    expect(unknown).toEqual([]);
  });
  it.each(CASES.map((c) => [nameOf(c.place), c.date, c.holder, c] as const))(
    '%s on %s is held by %s',
    (_name, date, holder, c) => {
      expect(holderOf(c.place, date)).toBe(holder);
    },
  );
});

describe('with the located villages (villages.test.ts)', () => {
  it('the two tables reach at least 160 cases', () => {
    const { villages } = JSON.parse(
      readFileSync(join(ROOT, 'geo', 'control', 'villages.json'), 'utf8'),
    ) as { villages: { cases: unknown[] }[] };
    const located = villages.reduce((n, v) => n + v.cases.length, 0);
    expect(CASES.length + located).toBeGreaterThanOrEqual(160);
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
