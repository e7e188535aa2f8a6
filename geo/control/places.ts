/**
 * Located places used to check the zones (each zone lists places it must contain) and in the
 * tests. Positions come from the pages cited in `source` (facts.md section 3 and pages read
 * with the project's search tool), rounded to 3 decimals.
 */
import type { PlaceDef } from './model';

export const PLACES: Record<string, PlaceDef> = {
  Stepanakert: { lonLat: [46.752, 39.815], source: 'simplewiki-stepanakert' },
  Shusha: { lonLat: [46.748, 39.758], source: 'piglix-capture-shusha' },
  Lachin: { lonLat: [46.547, 39.641], source: 'enwiki-lachin' },
  Zabukh: { lonLat: [46.543, 39.59], source: 'qazwiki-zabukh' },
  Kalbajar: { lonLat: [46.038, 40.107], source: 'wikigateway-kalbajar' },
  Agdam: { lonLat: [46.931, 39.993], source: 'enwiki-aghdam' },
  Fuzuli: { lonLat: [47.143, 39.6], source: 'enwiki-fuzuli' },
  Jabrayil: { lonLat: [47.026, 39.4], source: 'ipfs-jabrayil' },
  Zangilan: { lonLat: [46.65, 39.083], source: 'dewikili-zangilan' },
  Qubadli: { lonLat: [46.58, 39.344], source: 'dewiki-qubadli' },
  Hadrut: { lonLat: [47.03, 39.517], source: 'ipfs-hadrut' },
  Martuni: { lonLat: [47.113, 39.795], source: 'enwiki-khojavend' },
  Martakert: { lonLat: [46.813, 40.215], source: 'osmarks-martakert' },
  Askeran: { lonLat: [46.833, 39.937], source: 'enwiki-askeran' },
  Khojaly: { lonLat: [46.789, 39.911], source: 'ltwiki-khojaly' },
  Tartar: { lonLat: [46.929, 40.345], source: 'iiab-tartar' },
  Madagiz: { lonLat: [46.729, 40.331], source: 'wikijaa-madagiz' },
  Talish: { lonLat: [46.741, 40.381], source: 'ipfs-talish' },
  Seysulan: { lonLat: [46.988, 40.249], source: 'perceptio-seysulan' },
  Aliagali: { lonLat: [46.776, 40.038], source: 'frwiki-aliagali' },
  Horadiz: { lonLat: [47.336, 39.448], source: 'plwiki-horadiz' },
  ChocuqMarjanli: { lonLat: [47.298, 39.391], source: 'kiwix-chocuq-marjanli' },
  Goris: { lonLat: [46.339, 39.508], source: 'piglix-goris' },
  Yerevan: { lonLat: [44.517, 40.183], source: 'scowiki-yerevan' },
  Baku: { lonLat: [49.882, 40.395], source: 'simplewiki-baku' },
  Tbilisi: { lonLat: [44.8, 41.717], source: 'ceca-tbilisi' },
  Ganja: { lonLat: [46.361, 40.683], source: 'clateway-ganja' },
  Nakhchivan: { lonLat: [45.412, 39.209], source: 'simplewiki-nakhchivan' },
  Karki: { lonLat: [44.944, 39.786], source: 'osmarks-karki' },
  Gagra: { lonLat: [40.217, 43.333], source: 'enwiki-battle-gagra' },
  Sukhumi: { lonLat: [41.015, 43.003], source: 'scowiki-sukhumi' },
  KodoriGorge: { lonLat: [41.8, 43.1], source: 'hmong-kodori-gorge' },
  Tskhinvali: { lonLat: [43.97, 42.225], source: 'kiwix-tskhinvali' },
  Akhalgori: { lonLat: [44.483, 42.125], source: 'itwiki-akhalgori' },
};
