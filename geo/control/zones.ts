/**
 * The zones: pieces of land that never change shape, listed in cutting order (see ZoneDef).
 * Vertices are authored in [lon, lat]; where a zone borders another state or the sea its raw
 * ring deliberately overshoots and is clipped to the Natural Earth outline, so borders and
 * coasts match the base map exactly. Shared edges between zones are defined by the earlier
 * zone; later zones overshoot into earlier ones. How approximate each zone is: `approximation`
 * and geo/control/README.md.
 */
import type { LonLat, OutlineDef, ZoneDef } from './model';

const NKAO_APPROX =
  'Inner line of the former NKAO drawn from about 25 authored points placed between located ' +
  'towns (Stepanakert, Shusha, Askeran, Martuni, Martakert, Hadrut inside; Agdam, Fuzuli, ' +
  'Jabrayil, Lachin outside); tuned so the outline measures within 5% of 4,388 km². Likely ' +
  'error of the line: 3-8 km.';

/** The corridor road of 2020-2022 in Lachin district: Lachin town, Zabukh, to the border. */
const OLD_ROAD: LonLat[] = [
  [46.66, 39.715],
  [46.6, 39.68],
  [46.56, 39.655],
  [46.547, 39.641],
  [46.543, 39.59],
  [46.5, 39.56],
  [46.45, 39.56],
];

/** The bypass road used from 26 August 2022, south of Lachin town (schematic). */
const NEW_ROAD: LonLat[] = [
  [46.68, 39.66],
  [46.64, 39.625],
  [46.6, 39.59],
  [46.56, 39.555],
  [46.5, 39.53],
];

export const OUTLINES: OutlineDef[] = [
  {
    id: 'nkao',
    state: 'AZ',
    approximation: NKAO_APPROX,
    ring: [
      [46.45, 40.28],
      [46.6, 40.33],
      [46.7, 40.41],
      [46.79, 40.41],
      [46.84, 40.36],
      [46.92, 40.32],
      [47.02, 40.28],
      [47.05, 40.15],
      [46.93, 40.1],
      [46.82, 40.1],
      [46.75, 40.06],
      [46.8, 40.0],
      [46.87, 39.97],
      [46.9, 39.95],
      [47.05, 39.92],
      [47.22, 39.87],
      [47.29, 39.77],
      [47.22, 39.68],
      [47.1, 39.62],
      [47.11, 39.53],
      [47.07, 39.45],
      [46.95, 39.44],
      [46.84, 39.47],
      [46.74, 39.55],
      [46.67, 39.63],
      [46.63, 39.7],
      [46.6, 39.78],
      [46.56, 39.87],
      [46.46, 39.95],
      [46.42, 40.05],
      [46.38, 40.17],
    ],
  },
  {
    id: 'abkhazia',
    state: 'GE',
    approximation:
      'Boundary with the rest of Georgia drawn from about 10 points along the Inguri river and ' +
      'the Kodori range; coast and the Russian border come from Natural Earth. Likely error ' +
      'of the inland line: 5-10 km.',
    ring: [
      [39.6, 43.2],
      [40.0, 43.7],
      [40.8, 43.6],
      [41.6, 43.45],
      [42.1, 43.25],
      [42.15, 43.05],
      [42.0, 42.85],
      [41.85, 42.72],
      [41.75, 42.58],
      [41.6, 42.45],
      [41.55, 42.37],
      [41.2, 42.3],
      [39.6, 43.2],
    ],
  },
  {
    id: 'south-ossetia',
    state: 'GE',
    approximation:
      'Outline of the former South Ossetian Autonomous Oblast drawn from about 14 points; ' +
      'the northern edge comes from the Natural Earth border with Russia. Likely error 5-10 km.',
    ring: [
      [43.5, 42.8],
      [44.3, 42.8],
      [44.42, 42.5],
      [44.58, 42.36],
      [44.58, 42.17],
      [44.45, 42.1],
      [44.3, 42.15],
      [44.12, 42.22],
      [43.98, 42.2],
      [43.85, 42.24],
      [43.7, 42.29],
      [43.55, 42.36],
      [43.5, 42.45],
    ],
  },
];

export const ZONES: ZoneDef[] = [
  // --- Armenia-Azerbaijan border: exclaves first, they are exact Natural Earth parts or tiny.
  {
    id: 'artsvashen',
    state: 'AM',
    name: 'Artsvashen',
    names: { az: 'Bashkend', ru: 'Artsvashen' },
    native: { hy: 'Արծվաշեն', az: 'Başkənd', ru: 'Арцвашен' },
    shape: { kind: 'ne-part', country: 'AM', point: [45.515, 40.63] },
    clip: 'state',
    approximation: 'Exact Natural Earth 1:10m exclave polygon (about 34 km²; sources give 40-50).',
  },
  {
    id: 'yukhari-askipara',
    state: 'AZ',
    name: 'Yukhari Askipara',
    names: { hy: 'Verin Askipara', ru: 'Yukhary Askipara' },
    native: { az: 'Yuxarı Əskipara', hy: 'Վերին Ոսկեպար', ru: 'Юхары Аскипара' },
    shape: { kind: 'ne-part', country: 'AZ', point: [44.995, 41.05] },
    clip: 'state',
    approximation: 'Exact Natural Earth 1:10m exclave polygon (about 28 km²).',
  },
  {
    id: 'barkhudarly',
    state: 'AZ',
    name: 'Barkhudarly',
    names: { ru: 'Barkhudarly' },
    native: { az: 'Barxudarlı', hy: 'Բարխուդարլի', ru: 'Бархударлы' },
    shape: { kind: 'ne-part', country: 'AZ', point: [45.2, 40.985] },
    clip: 'state',
    approximation: 'Exact Natural Earth 1:10m exclave polygon (about 7.5 km²).',
  },
  {
    id: 'sofulu',
    state: 'AZ',
    name: 'Sofulu',
    names: {},
    native: { az: 'Sofulu', ru: 'Софулу' },
    shape: {
      kind: 'polygon',
      ring: [
        [45.155, 41.022],
        [45.175, 41.022],
        [45.175, 41.008],
        [45.155, 41.008],
      ],
    },
    clip: 'land',
    approximation:
      'Not in Natural Earth. A small box (about 2.7 km²) at the approximate place of the ' +
      'exclave north of Barkhudarly; position uncertain by several km.',
  },
  {
    id: 'karki',
    state: 'AZ',
    name: 'Karki',
    names: { hy: 'Tigranashen', ru: 'Kyarki' },
    native: { az: 'Kərki', hy: 'Տիգրանաշեն', ru: 'Кярки' },
    shape: {
      kind: 'polygon',
      ring: [
        [44.915, 39.805],
        [44.972, 39.805],
        [44.972, 39.767],
        [44.915, 39.767],
      ],
    },
    clip: 'land',
    contains: ['Karki'],
    approximation:
      'Not in Natural Earth. A box of about 20 km² (sources: 19 km²) centred on the located ' +
      'village; the true outline is irregular.',
  },
  {
    id: 'gazakh-villages',
    state: 'AZ',
    name: 'Four Gazakh border villages',
    names: { hy: 'Tavush border villages' },
    native: { az: 'Qazax kəndləri', hy: 'Տավուշի սահմանային գյուղեր', ru: 'Четыре села Газаха' },
    shape: {
      kind: 'buffer',
      line: [
        [45.03, 41.085],
        [45.06, 41.1],
        [45.09, 41.12],
        [45.12, 41.145],
      ],
      km: 0.6,
    },
    clip: 'land',
    approximation:
      'Baghanis Ayrum, Ashaghi Askipara, Kheyrimli and Gizilhajili: a 0.6 km wide strip along ' +
      'about 12 km of the border (sources: a 12.7 km section, 6.5 km²). Village positions not ' +
      'located individually; error several km.',
  },
  // --- Azerbaijani advances into Armenia, 2021 and 2022 (all approximate).
  {
    id: 'syunik-2021',
    state: 'AM',
    name: 'Sev Lich area (Syunik)',
    names: { az: 'Qaragöl area' },
    native: { hy: 'Սև լիճ', az: 'Qaragöl', ru: 'Сев Лич' },
    shape: {
      kind: 'buffer',
      line: [
        [46.16, 39.64],
        [46.1, 39.66],
        [46.035, 39.7],
        [46.0, 39.75],
      ],
      km: 3,
    },
    clip: 'state',
    approximation:
      'Approximate: an up to 3.5 km deep strip on the Armenian side of the border around ' +
      'Sev Lich, sized so that with the Vardenis strip it makes about 40 km². Error: the shape ' +
      'is schematic; only the depth and area follow sources.',
  },
  {
    id: 'vardenis-2021',
    state: 'AM',
    name: 'Vardenis border heights (Gegharkunik)',
    names: {},
    native: { hy: 'Վարդենիս', az: 'Basarkeçər', ru: 'Варденис' },
    shape: {
      kind: 'buffer',
      line: [
        [45.9, 40.05],
        [45.93, 40.1],
        [45.965, 40.15],
      ],
      km: 1.6,
    },
    clip: 'state',
    approximation: 'Schematic strip along the border near Vardenis, area ~10 km².',
  },
  {
    id: 'jermuk-2022',
    state: 'AM',
    name: 'Heights east of Jermuk',
    names: {},
    native: { hy: 'Ջերմուկ', az: 'İstisu', ru: 'Джермук' },
    shape: {
      kind: 'buffer',
      line: [
        [45.875, 39.8],
        [45.805, 39.85],
        [45.775, 39.9],
        [45.715, 39.95],
      ],
      km: 4.2,
    },
    clip: 'state',
    approximation:
      'Schematic strip along the border east of Jermuk sized to about 60 km² (Armenian ' +
      "chief of staff's figure, 60.06 km², quoted by panorama.am). Shape not from a map.",
  },
  {
    id: 'goris-kapan-2022',
    state: 'AM',
    name: 'Border heights on the Goris and Kapan axes',
    names: {},
    native: { hy: 'Գորիս, Կապան', az: 'Gorus, Qafan', ru: 'Горис, Капан' },
    shape: {
      kind: 'buffer',
      line: [
        [46.555, 39.25],
        [46.505, 39.3],
        [46.43, 39.35],
        [46.36, 39.4],
      ],
      km: 2.4,
    },
    clip: 'state',
    approximation: 'Schematic strip on the Armenian side south of Goris; area ~40 km².',
  },
  // --- Karabakh: zones inside the former NKAO, the corridor first.
  {
    id: 'corridor-shusha',
    state: 'AZ',
    name: 'Lachin corridor road below Shusha',
    names: { hy: 'Berdzor corridor road below Shushi' },
    native: { hy: 'Բերձորի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: {
      kind: 'buffer',
      line: [
        [46.745, 39.8],
        [46.72, 39.775],
        [46.705, 39.758],
      ],
      km: 3,
    },
    clip: { outline: 'nkao' },
    approximation:
      'The corridor road inside the former NKAO from the southern edge of Stepanakert to the ' +
      'junction below Shusha used by both routes: a 3 km strip around an authored line.',
  },
  {
    id: 'corridor-shusha-west',
    state: 'AZ',
    name: 'Lachin corridor road west of Shusha (2020-2022 route)',
    names: { hy: 'Berdzor corridor road west of Shushi' },
    native: { hy: 'Բերձորի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: {
      kind: 'buffer',
      line: [
        [46.705, 39.758],
        [46.69, 39.745],
        [46.66, 39.715],
        [46.6, 39.68],
      ],
      km: 3,
    },
    clip: { outline: 'nkao' },
    approximation:
      'The 2020-2022 corridor road from the junction below Shusha to the Lachin district ' +
      'line: a 3 km strip around an authored line; error 1-3 km.',
  },
  {
    id: 'corridor-hin-shen',
    state: 'AZ',
    name: 'Lachin corridor road past Hin Shen (from August 2022)',
    names: { hy: 'Berdzor corridor road past Hin Shen' },
    native: { hy: 'Հին Շեն', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: {
      kind: 'buffer',
      line: [
        [46.72, 39.77],
        [46.7, 39.72],
        [46.68, 39.68],
        [46.66, 39.65],
      ],
      km: 4,
    },
    clip: { outline: 'nkao' },
    approximation:
      'The section of the 2022 route inside the former NKAO (past the Armenian villages Hin ' +
      'Shen and Mets Shen, which stayed Armenian-held after 2020): a 4 km strip around a ' +
      'schematic line; error 2-5 km.',
  },
  {
    id: 'khojaly',
    state: 'AZ',
    name: 'Khojaly',
    names: { hy: 'Ivanyan', az: 'Xocalı', ru: 'Khodzhaly' },
    native: { az: 'Xocalı', hy: 'Իվանյան', ru: 'Ходжалы' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.75, 39.93],
        [46.83, 39.93],
        [46.83, 39.89],
        [46.75, 39.89],
      ],
    },
    clip: { outline: 'nkao' },
    contains: ['Khojaly'],
    approximation: 'A box of ~30 km² around the located town and its airfield.',
  },
  {
    id: 'shusha',
    state: 'AZ',
    name: 'Shusha',
    names: { hy: 'Shushi', az: 'Şuşa', ru: 'Shusha' },
    native: { hy: 'Շուշի', az: 'Şuşa', ru: 'Шуша' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.55, 39.8],
        [46.72, 39.795],
        [46.79, 39.785],
        [46.84, 39.76],
        [46.84, 39.71],
        [46.79, 39.66],
        [46.7, 39.64],
        [46.55, 39.64],
      ],
    },
    clip: { outline: 'nkao' },
    contains: ['Shusha'],
    approximation:
      'Shusha district of the NKAO (sources: 289 km²), drawn from 8 points around the located ' +
      'town, south of Stepanakert; error 3-5 km. The Armenian villages Hin Shen and Mets ' +
      'Shen, which stayed Armenian-held after 2020, are only drawn as the corridor-hin-shen strip.',
  },
  {
    id: 'hadrut',
    state: 'AZ',
    name: 'Hadrut',
    names: { az: 'Hadrut', ru: 'Gadrut' },
    native: { hy: 'Հադրութ', az: 'Hadrut', ru: 'Гадрут' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.6, 39.65],
        [46.8, 39.65],
        [46.95, 39.64],
        [47.1, 39.64],
        [47.3, 39.64],
        [47.3, 39.4],
        [46.6, 39.4],
      ],
    },
    clip: { outline: 'nkao' },
    contains: ['Hadrut'],
    approximation:
      'Southern NKAO: Hadrut district (679 km²) plus the southern edge of Martuni district ' +
      'lost in October-November 2020, cut by a straight line at 39.64°N; error 5 km.',
  },
  {
    id: 'talish-heights',
    state: 'AZ',
    name: 'Heights near Talish',
    names: { hy: 'Talish (Tonashen) heights', az: 'Talış yüksəklikləri' },
    native: { hy: 'Թալիշ', az: 'Talış', ru: 'Талыш' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.71, 40.42],
        [46.79, 40.42],
        [46.79, 40.395],
        [46.71, 40.395],
      ],
    },
    clip: { outline: 'nkao' },
    approximation:
      'Schematic box of ~8 km² just north of the located village: the April 2016 gain was a ' +
      'few km² of heights, not located precisely.',
  },
  {
    id: 'martakert-east',
    state: 'AZ',
    name: 'Eastern edge of Martakert',
    names: { hy: 'Eastern Martakert', az: 'Ağdərənin şərq kənarı' },
    native: { hy: 'Մարտակերտ', az: 'Ağdərə', ru: 'Мардакерт' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.1, 40.4],
        [47.1, 40.05],
        [46.94, 40.08],
        [46.97, 40.16],
        [47.0, 40.22],
        [47.0, 40.3],
        [46.95, 40.4],
      ],
    },
    clip: { outline: 'nkao' },
    approximation:
      'Part of Martakert district held by Azerbaijan 1994-2020 (sources: about 400 km² of ' +
      '1,705 km²); the line of contact is drawn schematically east of Martakert town. Error ' +
      '5-10 km.',
  },
  {
    id: 'martuni-east',
    state: 'AZ',
    name: 'Eastern edge of Martuni',
    names: { hy: 'Eastern Martuni', az: 'Xocavəndin şərq kənarı' },
    native: { hy: 'Մարտունի', az: 'Xocavənd', ru: 'Мартуни' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.08, 39.95],
        [47.18, 39.84],
        [47.2, 39.75],
        [47.17, 39.66],
        [47.4, 39.66],
        [47.4, 39.95],
      ],
    },
    clip: { outline: 'nkao' },
    approximation:
      'Eastern fringe of Martuni district held by Azerbaijan 1994-2020, line drawn a few km ' +
      'east of the located town; area not given by sources. Error 5 km.',
  },
  {
    id: 'sugovushan',
    state: 'AZ',
    name: 'Madagiz and Talish',
    names: { hy: 'Mataghis and Talish', az: 'Suqovuşan və Talış', ru: 'Madagiz' },
    native: { hy: 'Մատաղիս', az: 'Suqovuşan', ru: 'Мадагиз' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.62, 40.5],
        [46.9, 40.5],
        [46.9, 40.3],
        [46.76, 40.29],
        [46.68, 40.3],
        [46.62, 40.33],
      ],
    },
    clip: { outline: 'nkao' },
    contains: ['Madagiz', 'Talish'],
    approximation:
      'Northern edge of Martakert district around the located villages Madagiz (Sugovushan) ' +
      'and Talish, taken by Azerbaijan in early October 2020; southern line drawn between ' +
      'Madagiz and Martakert town. Error 5 km.',
  },
  {
    id: 'martakert-west',
    state: 'AZ',
    name: 'Western Martakert (in Kalbajar district after 1991)',
    names: { hy: 'Western Martakert', az: 'Kəlbəcərin şərq hissəsi' },
    native: { hy: 'Մարտակերտ', az: 'Kəlbəcər', ru: 'Мардакерт' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.3, 40.35],
        [46.62, 40.35],
        [46.62, 40.02],
        [46.55, 39.95],
        [46.3, 39.95],
      ],
    },
    clip: { outline: 'nkao' },
    approximation:
      'Western part of Martakert district, attached by Azerbaijan to Kalbajar district after ' +
      'the NKAO was abolished (sources: Kalbajar 3,054 km² after, ~1,936 before); cut at ' +
      '46.62°E, schematic.',
  },
  {
    id: 'martakert',
    state: 'AZ',
    name: 'Martakert',
    names: { az: 'Ağdərə', ru: 'Mardakert' },
    native: { hy: 'Մարտակերտ', az: 'Ağdərə', ru: 'Мардакерт' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.3, 40.4],
        [47.1, 40.4],
        [47.1, 40.08],
        [46.3, 40.08],
      ],
    },
    clip: { outline: 'nkao' },
    contains: ['Martakert', 'Seysulan'],
    approximation:
      'The rest of Martakert district north of 40.08°N (held by Azerbaijan from July 1992 ' +
      'to June 1993); the 40.08° cut is schematic.',
  },
  {
    id: 'nkao-core',
    state: 'AZ',
    name: 'Stepanakert, Askeran and Martuni',
    names: { az: 'Xankəndi, Əsgəran, Xocavənd', ru: 'Stepanakert, Askeran, Martuni' },
    native: {
      hy: 'Ստեփանակերտ, Ասկերան, Մարտունի',
      az: 'Xankəndi, Əsgəran, Xocavənd',
      ru: 'Степанакерт, Аскеран, Мартуни',
    },
    shape: { kind: 'outline', outline: 'nkao' },
    clip: { outline: 'nkao' },
    contains: ['Stepanakert', 'Askeran', 'Martuni'],
    approximation: 'The rest of the former NKAO. ' + NKAO_APPROX,
  },
  // --- Karabakh: the districts around the former NKAO.
  {
    id: 'lachin-corridor-shared',
    state: 'AZ',
    name: 'Lachin corridor (part of both routes, at the Armenian border)',
    names: { hy: 'Berdzor corridor', az: 'Laçın dəhlizi' },
    native: { hy: 'Բերձորի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: {
      kind: 'intersection',
      of: [
        { kind: 'buffer', line: OLD_ROAD, km: 5 },
        { kind: 'buffer', line: NEW_ROAD, km: 5 },
      ],
    },
    clip: 'state',
    approximation:
      'Where the 5 km strips of the 2020 and 2022 routes overlap, next to the Armenian border; ' +
      'inherits the error of both road lines.',
  },
  {
    id: 'lachin-corridor-2022',
    state: 'AZ',
    name: 'Lachin corridor (route from August 2022)',
    names: { hy: 'Berdzor corridor (new road)', az: 'Laçın dəhlizi (yeni yol)' },
    native: { hy: 'Բերձորի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: { kind: 'buffer', line: NEW_ROAD, km: 5 },
    clip: 'state',
    approximation:
      'Schematic 5 km strip south of Lachin town along the bypass road opened in August ' +
      '2022 (to the Armenian border near Tegh); the road line is not located precisely, ' +
      'error 2-5 km.',
  },
  {
    id: 'lachin-corridor-2020',
    state: 'AZ',
    name: 'Lachin corridor (2020-2022 route: Lachin, Zabukh, Sus)',
    names: { hy: 'Berdzor corridor (Berdzor, Aghavno, Sus)', az: 'Laçın dəhlizi' },
    native: { hy: 'Բերձորի միջանցք', az: 'Laçın dəhlizi', ru: 'Лачинский коридор' },
    shape: { kind: 'buffer', line: OLD_ROAD, km: 5 },
    clip: 'state',
    contains: ['Lachin', 'Zabukh'],
    approximation:
      'A 5 km strip (the width the 10 November 2020 statement gives) around an authored line ' +
      'through the located Lachin town and Zabukh; Sus lies on it between Lachin and the NKAO ' +
      'line. Error of the road line: 1-3 km.',
  },
  {
    id: 'lachin',
    state: 'AZ',
    name: 'Lachin district',
    names: { hy: 'Kashatagh (Berdzor)', az: 'Laçın', ru: 'Lachin' },
    native: { hy: 'Քաշաթաղ', az: 'Laçın', ru: 'Лачин' },
    shape: {
      kind: 'polygon',
      ring: [
        [45.9, 39.84],
        [46.3, 39.86],
        [46.52, 39.9],
        [46.6, 39.86],
        [46.7, 39.72],
        [46.8, 39.62],
        [46.76, 39.55],
        [46.66, 39.47],
        [46.56, 39.44],
        [46.4, 39.445],
        [46.2, 39.5],
        [45.95, 39.6],
      ],
    },
    clip: 'state',
    approximation:
      'Lachin district (sources: 1,835 km²): west edge is the Natural Earth border; the line ' +
      'with Kalbajar (about 39.96°N) and with Qubadli (about 39.44°N) drawn from a few ' +
      'points; error 5 km.',
  },
  {
    id: 'kalbajar',
    state: 'AZ',
    name: 'Kalbajar district (Soviet borders)',
    names: { hy: 'Karvachar', az: 'Kəlbəcər', ru: 'Kelbadzhar' },
    native: { hy: 'Քարվաճառ', az: 'Kəlbəcər', ru: 'Кельбаджар' },
    shape: {
      kind: 'polygon',
      ring: [
        [45.45, 40.27],
        [45.8, 40.22],
        [46.1, 40.17],
        [46.3, 40.18],
        [46.45, 40.17],
        [46.55, 40.1],
        [46.66, 39.95],
        [46.66, 39.85],
        [46.2, 39.85],
        [45.82, 39.76],
        [45.45, 39.9],
      ],
    },
    clip: 'state',
    contains: ['Kalbajar'],
    approximation:
      'Soviet-era Kalbajar district (sources: about 1,936 km²): west edge is the Natural ' +
      'Earth border; the northern line along the Murovdag ridge drawn from 5 points; error ' +
      '5 km.',
  },
  {
    id: 'shahumyan',
    state: 'AZ',
    name: 'Shahumyan',
    names: { az: 'Goranboy (Shaumyan district)', ru: 'Shaumyan' },
    native: { hy: 'Շահումյան', az: 'Şaumyan', ru: 'Шаумян' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.32, 40.48],
        [46.68, 40.48],
        [46.8, 40.36],
        [46.8, 40.3],
        [46.4, 40.25],
        [46.3, 40.33],
      ],
    },
    clip: 'state',
    approximation:
      'Soviet Shahumyan district north of the NKAO, drawn from 6 points; area ~600 km²; ' +
      'error 5-10 km.',
  },
  {
    id: 'agdam',
    state: 'AZ',
    name: 'Agdam (western part)',
    names: { hy: 'Akna', az: 'Ağdam', ru: 'Agdam' },
    native: { hy: 'Ակնա', az: 'Ağdam', ru: 'Агдам' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.72, 40.2],
        [47.15, 40.23],
        [47.21, 40.05],
        [47.2, 39.9],
        [47.0, 39.85],
        [46.85, 39.9],
        [46.7, 40.05],
      ],
    },
    clip: 'state',
    contains: ['Agdam', 'Aliagali'],
    approximation:
      'The part of Agdam district held by Armenian forces 1993-2020 (sources: 842-882 of ' +
      '1,094 km²); line of contact drawn schematically about 12 km east of the town. Error 5 km.',
  },
  {
    id: 'lalatapa',
    state: 'AZ',
    name: 'Lalatapa hill',
    names: { hy: 'Lele Tepe (Varazatumb)', az: 'Lələtəpə', ru: 'Lele Tepe' },
    native: { az: 'Lələtəpə', hy: 'Լելե Թեփե', ru: 'Лелетепе' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.258, 39.422],
        [47.292, 39.422],
        [47.292, 39.4],
        [47.258, 39.4],
      ],
    },
    clip: 'state',
    approximation: 'Box of ~7 km² around a point 2.9 km north-west of Çocuq Mərcanlı.',
  },
  {
    id: 'chocuq-marjanli',
    state: 'AZ',
    name: 'Chocuq Marjanli',
    names: { az: 'Çocuq Mərcanlı', ru: 'Chodzhuk-Mardzhanly' },
    native: { az: 'Çocuq Mərcanlı', ru: 'Чоджук-Марджанлы' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.27, 39.4],
        [47.33, 39.4],
        [47.33, 39.37],
        [47.27, 39.37],
      ],
    },
    clip: 'state',
    contains: ['ChocuqMarjanli'],
    approximation: 'Box of ~17 km² around the located village.',
  },
  {
    id: 'horadiz',
    state: 'AZ',
    name: 'Horadiz',
    names: { ru: 'Goradiz' },
    native: { az: 'Horadiz', ru: 'Горадиз' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.3, 39.475],
        [47.38, 39.475],
        [47.38, 39.42],
        [47.3, 39.42],
      ],
    },
    clip: 'state',
    contains: ['Horadiz'],
    approximation: 'Box of ~40 km² around the located town.',
  },
  {
    id: 'fuzuli',
    state: 'AZ',
    name: 'Fuzuli (western part)',
    names: { hy: 'Varanda', az: 'Füzuli', ru: 'Fizuli' },
    native: { hy: 'Վարանդա', az: 'Füzuli', ru: 'Физули' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.95, 39.72],
        [47.18, 39.7],
        [47.25, 39.62],
        [47.27, 39.52],
        [47.25, 39.44],
        [46.95, 39.43],
      ],
    },
    clip: 'state',
    contains: ['Fuzuli'],
    approximation:
      'Part of Fuzuli district held by Armenian forces 1993-2020, including the town; ' +
      'sources disagree on its size (33% to 75% of 1,386 km²); drawn at the low end. ' +
      'Error 5-10 km.',
  },
  {
    id: 'fuzuli-1994',
    state: 'AZ',
    name: 'Fuzuli villages retaken in January 1994',
    names: { az: 'Füzuli kəndləri' },
    native: { az: 'Füzuli', ru: 'Физули' },
    shape: {
      kind: 'polygon',
      ring: [
        [47.18, 39.7],
        [47.3, 39.66],
        [47.35, 39.52],
        [47.35, 39.42],
        [47.22, 39.42],
      ],
    },
    clip: 'state',
    approximation:
      'Band between the 1994-2020 line and Horadiz (sources: Horadiz operation ~210 km² ' +
      'with Horadiz and Çocuq Mərcanlı); schematic.',
  },
  {
    id: 'jabrayil',
    state: 'AZ',
    name: 'Jabrayil district',
    names: { hy: 'Jrakan', az: 'Cəbrayıl', ru: 'Dzhebrail' },
    native: { hy: 'Ջրական', az: 'Cəbrayıl', ru: 'Джебраил' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.77, 39.48],
        [47.0, 39.47],
        [47.12, 39.45],
        [47.3, 39.45],
        [47.32, 39.3],
        [47.32, 39.0],
        [46.77, 39.0],
      ],
    },
    clip: 'state',
    contains: ['Jabrayil'],
    approximation:
      'Jabrayil district (sources: 1,050 km²): south edge is the Natural Earth border on the ' +
      'Araz; other lines from a few points; error 5 km.',
  },
  {
    id: 'qubadli',
    state: 'AZ',
    name: 'Qubadli district',
    names: { hy: 'Kashunik', az: 'Qubadlı', ru: 'Kubatly' },
    native: { hy: 'Քաշունիք', az: 'Qubadlı', ru: 'Кубатлы' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.3, 39.5],
        [46.68, 39.5],
        [46.76, 39.62],
        [46.9, 39.62],
        [46.9, 39.23],
        [46.6, 39.2],
        [46.3, 39.25],
      ],
    },
    clip: 'state',
    contains: ['Qubadli'],
    approximation:
      'Qubadli district (sources: 802 km²): west edge is the Natural Earth border; line with ' +
      'Zangilan at about 39.2°N; error 5 km.',
  },
  {
    id: 'zangilan',
    state: 'AZ',
    name: 'Zangilan district',
    names: { hy: 'Kovsakan', az: 'Zəngilan', ru: 'Zangelan' },
    native: { hy: 'Կովսական', az: 'Zəngilan', ru: 'Зангелан' },
    shape: {
      kind: 'polygon',
      ring: [
        [46.3, 39.3],
        [46.95, 39.3],
        [46.95, 38.8],
        [46.3, 38.8],
      ],
    },
    clip: 'state',
    contains: ['Zangilan'],
    approximation:
      'Zangilan district (sources: 707 km²): bounded by the Natural Earth borders with ' +
      'Armenia and Iran, and by the zones cut before it.',
  },
  // --- Georgia.
  {
    id: 'upper-kodori',
    state: 'GE',
    name: 'Upper Kodori valley',
    names: { ka: 'Zemo Apkhazeti (Upper Abkhazia)', ru: 'Verkhnyaya Kodorskaya dolina' },
    native: { ka: 'კოდორის ხეობა', ru: 'Кодорское ущелье' },
    shape: {
      kind: 'polygon',
      ring: [
        [41.55, 43.3],
        [42.2, 43.3],
        [42.2, 42.92],
        [41.85, 42.92],
        [41.55, 43.05],
      ],
    },
    clip: { outline: 'abkhazia' },
    contains: ['KodoriGorge'],
    approximation:
      'Upper Kodori valley and the Chkhalta ridge (Georgian-held until August 2008); drawn ' +
      'from 5 points around the gorge (located at about 43.1°N 41.8°E). Sources give 2,540 ' +
      'km² for "Upper Abkhazia" or a 3 x 50 km valley; this draws ~1,200 km². Error 10 km.',
  },
  {
    id: 'gagra',
    state: 'GE',
    name: 'Gagra district',
    names: { ka: 'Gagra', ru: 'Gagra' },
    native: { ka: 'გაგრა', ru: 'Гагра' },
    shape: {
      kind: 'polygon',
      ring: [
        [39.5, 43.7],
        [40.45, 43.7],
        [40.45, 43.1],
        [39.5, 43.1],
      ],
    },
    clip: { outline: 'abkhazia' },
    contains: ['Gagra'],
    approximation: 'Cut at 40.45°E (the Bzyb river area); schematic, error 5-10 km.',
  },
  {
    id: 'gudauta',
    state: 'GE',
    name: 'Gudauta district',
    names: { ka: 'Gudauta', ru: 'Gudauta' },
    native: { ka: 'გუდაუთა', ru: 'Гудаута' },
    shape: {
      kind: 'polygon',
      ring: [
        [40.45, 43.7],
        [40.85, 43.7],
        [40.85, 42.9],
        [40.45, 42.9],
      ],
    },
    clip: { outline: 'abkhazia' },
    approximation: 'Between 40.45°E and 40.85°E; schematic, error 5-10 km.',
  },
  {
    id: 'sukhumi',
    state: 'GE',
    name: 'Sukhumi and Gulripshi',
    names: { ka: 'Sokhumi', ru: 'Sukhum' },
    native: { ka: 'სოხუმი', ru: 'Сухум' },
    shape: {
      kind: 'polygon',
      ring: [
        [40.85, 43.7],
        [41.42, 43.7],
        [41.42, 42.6],
        [40.85, 42.6],
      ],
    },
    clip: { outline: 'abkhazia' },
    contains: ['Sukhumi'],
    approximation: 'Between 40.85°E and 41.42°E outside the upper Kodori; schematic.',
  },
  {
    id: 'ochamchire',
    state: 'GE',
    name: 'Ochamchire and Tkvarcheli',
    names: { ka: 'Ochamchire, Tkvarcheli', ru: 'Ochamchira, Tkuarchal' },
    native: { ka: 'ოჩამჩირე', ru: 'Очамчира' },
    shape: {
      kind: 'polygon',
      ring: [
        [41.42, 43.7],
        [41.7, 43.7],
        [41.7, 42.85],
        [41.62, 42.7],
        [41.55, 42.55],
        [41.42, 42.5],
      ],
    },
    clip: { outline: 'abkhazia' },
    approximation: 'Between 41.42°E and a line west of Gali; schematic.',
  },
  {
    id: 'gali',
    state: 'GE',
    name: 'Gali district',
    names: { ka: 'Gali', ru: 'Gal' },
    native: { ka: 'გალი', ru: 'Гал' },
    shape: { kind: 'outline', outline: 'abkhazia' },
    clip: { outline: 'abkhazia' },
    approximation: 'The rest of Abkhazia east of Ochamchire, down to the Inguri; schematic.',
  },
  {
    id: 'akhalgori',
    state: 'GE',
    name: 'Akhalgori',
    names: { ka: 'Akhalgori', ru: 'Leningor' },
    native: { ka: 'ახალგორი', ru: 'Ленингор' },
    shape: {
      kind: 'polygon',
      ring: [
        [44.3, 42.6],
        [44.8, 42.6],
        [44.8, 42.0],
        [44.3, 42.0],
      ],
    },
    clip: { outline: 'south-ossetia' },
    contains: ['Akhalgori'],
    approximation:
      'Akhalgori (Leningor) district, east of 44.3°E within the South Ossetia outline ' +
      '(sources: 1,011 km²); error 5-10 km.',
  },
  {
    id: 'liakhvi-villages',
    state: 'GE',
    name: 'Georgian villages of South Ossetia',
    names: { ka: 'Didi Liakhvi and Frone villages', ru: 'Gruzinskie sela' },
    native: { ka: 'ლიახვის ხეობის სოფლები', ru: 'Грузинские сёла Южной Осетии' },
    shape: {
      kind: 'polygon',
      ring: [
        [43.93, 42.36],
        [44.02, 42.36],
        [44.02, 42.245],
        [43.93, 42.245],
      ],
    },
    clip: { outline: 'south-ossetia' },
    approximation:
      'Schematic box for the Georgian-held villages of the Didi Liakhvi valley north of ' +
      'Tskhinvali (Tamarasheni, Kurta, Achabeti, Kekhvi); the smaller Georgian-held pockets ' +
      'elsewhere in South Ossetia are not drawn. Error 5 km.',
  },
  {
    id: 'south-ossetia',
    state: 'GE',
    name: 'South Ossetia (Tskhinvali region)',
    names: { ka: 'Tskhinvali region (Samachablo)', ru: 'Yuzhnaya Osetiya' },
    native: { ka: 'ცხინვალის რეგიონი', ru: 'Южная Осетия' },
    shape: { kind: 'outline', outline: 'south-ossetia' },
    clip: { outline: 'south-ossetia' },
    contains: ['Tskhinvali'],
    approximation: 'The rest of the South Ossetia outline (see the outline note).',
  },
];
