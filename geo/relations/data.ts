/**
 * The editable relations dataset: the ten followed states, the dated periods of each of their
 * 45 pairs, and the world-level rule for the recognition of Armenia. Every period is half-open:
 * `from` is its first day, `to` the first day after it (null: still so on the verified-through
 * day). Source ids resolve in geo/sources/*.json (mostly relations.json and seeds.json).
 *
 * Method and choices are in README.md. In short: a pair's first period starts at the earliest
 * sourced recognition or establishment of relations, never before both states' independence;
 * pairs of states that existed before 1988 start on the atlas's first day.
 */
import type { DatePrecision } from '../../src/lib/time/days';
import type { Confidence } from '../../src/lib/domain/types';
import type {
  CountryRecord,
  RecognitionRule,
  RelationPeriod,
  RelationStatus,
} from '../../src/lib/domain/relations';
import { FIRST_DAY } from '../config';
import { UN_MEMBER_CODES } from './un-members';

export const COUNTRIES: CountryRecord[] = [
  {
    code: 'AM',
    name: 'Armenia',
    independence: '1991-09-21',
    sources: ['rel-am-independence-referendum', 'rel-am-independence-newsam'],
    recognisedTerritorySources: ['dip-rbcua-granada-2023', 'dip-oragark-brussels-2023'],
    note: 'Day of the independence referendum, kept by Armenia as Independence Day; the Supreme Council proclaimed independence two days later, on 23 September 1991, and most recognitions came after the Soviet Union dissolved in late December 1991.',
  },
  {
    code: 'AZ',
    name: 'Azerbaijan',
    independence: '1991-10-18',
    sources: ['rel-az-constitutional-act', 'rel-az-independence-mfa'],
    recognisedTerritorySources: [
      'dip-rbcua-granada-2023',
      'dip-oragark-brussels-2023',
      'dip-allinnet-unsc822',
    ],
    note: 'Adoption of the Constitutional Act on State Independence (confirmed by referendum on 29 December 1991).',
  },
  {
    code: 'GE',
    name: 'Georgia',
    independence: '1991-04-09',
    sources: ['rel-ge-independence-act'],
    recognisedTerritorySources: [
      'recognition-abkhazia-south-ossetia',
      'ctl-afp-syria-recognition-2018',
      'ctl-rferl-syria-recognition-2018',
      'dip-rferl-vanuatu-2013-07',
      'dip-smr-tuvalu-2014',
    ],
    note: 'Act of Restoration of State Independence adopted by the Supreme Council.',
  },
  { code: 'PK', name: 'Pakistan', independence: null, sources: [] },
  { code: 'TR', name: 'Türkiye', independence: null, sources: [] },
  { code: 'IR', name: 'Iran', independence: null, sources: [] },
  {
    code: 'RU',
    name: 'Russia',
    independence: null,
    sources: ['rel-ru-un-continuity'],
    note: 'Until 25 December 1991 the Soviet Union; the Russian Federation continued its membership and treaties, so its pairs with pre-1988 states run on without a break.',
  },
  { code: 'IN', name: 'India', independence: null, sources: [] },
  { code: 'CN', name: 'China', independence: null, sources: [] },
  { code: 'US', name: 'United States', independence: null, sources: [] },
];

/** Everything of a period except the pair, its status and its dates. */
interface Details {
  diplomaticRelations: boolean;
  sources: string[];
  confidence: Confidence;
  datePrecision?: DatePrecision;
  note?: string;
  notRecognisedBy?: string;
}

function period(
  a: string,
  b: string,
  status: RelationStatus,
  from: string,
  to: string | null,
  details: Details,
): RelationPeriod {
  const { datePrecision = 'day', ...rest } = details;
  return { a, b, status, from, to, datePrecision, ...rest };
}

const REL = { diplomaticRelations: true } as const;
const NO_REL = { diplomaticRelations: false } as const;

// Collective Security Treaty: the atlas counts a pair as allied from the day both had signed
// (AM and RU on 15 May 1992, AZ on 24 September 1993, GE on 9 December 1993) until the treaty
// lapsed for AZ and GE on 20 April 1999. The treaty itself entered into force on 20 April 1994.
const CST_SIGNED_GE = '1993-12-09';
const CST_LAPSED = '1999-04-20';
const CST_SOURCES = ['dip-odkb-treaty', 'rel-cst-2006', 'rel-csto-article', 'rel-cst-jamestown'];
const CST_NOTE =
  'Both states were parties to the Collective Security Treaty, whose Article 4 treats aggression against one party as aggression against all. Counted from the later signature (the treaty was in force from 20 April 1994) until 20 April 1999, when it lapsed for Azerbaijan and Georgia, which had not signed the prolongation protocol of 2 April 1999.';

const PRE_1988 = 'In place before the atlas begins (1988); the period starts on its first day.';

export const RELATIONS: RelationPeriod[] = [
  // --- Armenia ---
  period('AM', 'AZ', 'no-relations', '1991-10-18', null, {
    ...NO_REL,
    sources: ['dip-aravot-prague-2022', 'dip-pax-prague-2022', 'rel-am-az-caliber-2025'],
    confidence: 'high',
    note: "The two states recognise each other but have never had diplomatic relations. In Prague on 6 October 2022 they confirmed that through the 1991 Alma-Ata Declaration both recognise each other's territorial integrity and sovereignty. Although both were parties to the Collective Security Treaty from 1993 to 1999, an alliance requires relations, so the pair stays at no-relations. A peace agreement was only initialled on 8 August 2025. Starts at Azerbaijan's independence; the exact day of mutual recognition is not documented.",
  }),
  period('AM', 'GE', 'relations', '1992-07-17', CST_SIGNED_GE, {
    ...REL,
    sources: ['rel-am-mfa-georgia'],
    confidence: 'high',
  }),
  period('AM', 'GE', 'alliance', CST_SIGNED_GE, CST_LAPSED, {
    ...REL,
    sources: CST_SOURCES,
    confidence: 'medium',
    note: CST_NOTE,
  }),
  period('AM', 'GE', 'relations', CST_LAPSED, '2024-01-26', {
    ...REL,
    sources: ['rel-am-mfa-georgia', 'rel-cst-jamestown'],
    confidence: 'high',
  }),
  period('AM', 'GE', 'strategic-partnership', '2024-01-26', null, {
    ...REL,
    sources: ['rel-am-mfa-georgia'],
    confidence: 'high',
    note: 'Joint Declaration on the Establishment of a Strategic Partnership signed by the two prime ministers in Tbilisi.',
  }),
  period('AM', 'PK', 'non-recognition', '1991-09-21', '2025-08-31', {
    ...NO_REL,
    notRecognisedBy: 'PK',
    sources: [
      'rel-pk-am-arynews',
      'rel-pk-am-rferl-2021',
      'dip-estacaoarmenia-hussain-2015',
      'dip-trend-aliyev-2021',
    ],
    confidence: 'high',
    note: "Pakistan was the only UN member that did not recognise Armenia, citing the Karabakh conflict and its support for Azerbaijan. No formal act of non-recognition was found: it was a stated policy (President Mamnoon Hussain in 2015; President Aliyev said in 2021 that Pakistan had 'not officially recognized Armenia'). Starts at Armenia's independence.",
  }),
  period('AM', 'PK', 'relations', '2025-08-31', null, {
    ...REL,
    sources: ['rel-pk-am-dailypakistan', 'dip-geo-2025-08-31'],
    confidence: 'high',
    note: 'Joint communiqué on the establishment of diplomatic relations signed and exchanged by Ararat Mirzoyan and Ishaq Dar in Tianjin, on the sidelines of the SCO summit. The communiqué does not mention recognition; establishing relations implies it, so non-recognition ends the same day.',
  }),
  period('AM', 'TR', 'no-relations', '1991-12-16', null, {
    ...NO_REL,
    sources: ['rel-tr-mfa-armenia'],
    confidence: 'high',
    note: "Türkiye recognised Armenia but diplomatic relations were never established. Its closure of the border in April 1993 and the unratified Zurich Protocols (signed 10 October 2009) did not change the status. An Armenian community page gives 24 December 1991 for the recognition; the Turkish foreign ministry's date is kept.",
  }),
  period('AM', 'IR', 'no-relations', '1991-12-25', '1992-02-09', {
    ...NO_REL,
    sources: ['rel-am-ir-armenianclub'],
    confidence: 'high',
    note: 'Iran recognised Armenia; relations followed on 9 February 1992.',
  }),
  period('AM', 'IR', 'relations', '1992-02-09', null, {
    ...REL,
    sources: ['rel-am-ir-armenianclub', 'rel-am-ir-armenpress'],
    confidence: 'high',
  }),
  period('AM', 'RU', 'relations', '1992-04-03', '1992-05-15', {
    ...REL,
    sources: ['dip-midru-am-ru-2017'],
    confidence: 'high',
  }),
  period('AM', 'RU', 'alliance', '1992-05-15', '2024-02-22', {
    ...REL,
    sources: ['dip-odkb-treaty', 'rel-cst-2006', 'rel-csto-article', 'dip-midru-am-ru-2017'],
    confidence: 'high',
    note: 'Both signed the Collective Security Treaty in Tashkent on 15 May 1992 (in force 20 April 1994), renewed it in 1999 and founded the CSTO on it in 2002. Counted from the signature.',
  }),
  period('AM', 'RU', 'alliance', '2024-02-22', null, {
    ...REL,
    sources: ['rel-csto-freeze-novaya', 'rel-csto-freeze-rt', 'rel-csto-24kg', 'rel-csto-hurriyet'],
    confidence: 'low',
    note: 'Armenia "froze" its participation in the CSTO (Pashinyan, reported 22-23 February 2024) and later said it would leave, but no formal withdrawal was found up to the verified-through day. Armenia remains a treaty party, so the atlas keeps the alliance, with low confidence.',
  }),
  period('AM', 'IN', 'no-relations', '1991-12-26', '1992-08-31', {
    ...NO_REL,
    sources: ['rel-am-in-embassy'],
    confidence: 'medium',
    note: "India recognised Armenia on 26 December 1991; Armenia's recognition of India is taken as given.",
  }),
  period('AM', 'IN', 'relations', '1992-08-31', null, {
    ...REL,
    sources: ['rel-am-in-iasscore', 'rel-am-in-iasgateway'],
    confidence: 'medium',
    note: 'Day of the protocol on diplomatic relations from a secondary source; other sources give only the year 1992.',
  }),
  period('AM', 'CN', 'no-relations', '1991-12-27', '1992-04-06', {
    ...NO_REL,
    sources: ['rel-cn-recognition-1991', 'rel-cn-am-wikipedia'],
    confidence: 'high',
  }),
  period('AM', 'CN', 'relations', '1992-04-06', '2025-08-31', {
    ...REL,
    sources: ['rel-cn-am-wikipedia', 'rel-cn-am-mfa'],
    confidence: 'high',
  }),
  period('AM', 'CN', 'strategic-partnership', '2025-08-31', null, {
    ...REL,
    sources: ['rel-cn-am-sp', 'rel-cn-am-sp-massis'],
    confidence: 'high',
    note: 'Joint declaration on a strategic partnership adopted by Xi Jinping and Nikol Pashinyan in Tianjin.',
  }),
  period('AM', 'US', 'no-relations', '1991-12-25', '1992-01-07', {
    ...NO_REL,
    sources: ['rel-us-am-embassy'],
    confidence: 'high',
  }),
  period('AM', 'US', 'relations', '1992-01-07', '2025-01-14', {
    ...REL,
    sources: ['rel-us-am-embassy'],
    confidence: 'high',
  }),
  period('AM', 'US', 'strategic-partnership', '2025-01-14', null, {
    ...REL,
    sources: ['rel-us-am-charter-mediamax', 'rel-us-am-charter-kyiv'],
    confidence: 'high',
    note: 'Charter on Strategic Partnership signed by Antony Blinken and Ararat Mirzoyan in Washington.',
  }),

  // --- Azerbaijan ---
  period('AZ', 'GE', 'relations', '1992-11-18', CST_SIGNED_GE, {
    ...REL,
    sources: ['rel-az-ge-oval', 'rel-az-ge-today'],
    confidence: 'high',
  }),
  period('AZ', 'GE', 'alliance', CST_SIGNED_GE, CST_LAPSED, {
    ...REL,
    sources: CST_SOURCES,
    confidence: 'medium',
    note: CST_NOTE,
  }),
  period('AZ', 'GE', 'relations', CST_LAPSED, '2015-11-05', {
    ...REL,
    sources: ['rel-az-ge-oval', 'rel-cst-jamestown'],
    confidence: 'high',
    note: 'The two governments spoke of a strategic partnership before 2015, but the first dated joint declaration read is of 5 November 2015, so the partnership may start too late here.',
  }),
  period('AZ', 'GE', 'strategic-partnership', '2015-11-05', null, {
    ...REL,
    sources: ['rel-az-ge-2015'],
    confidence: 'medium',
    note: 'Joint declaration of the two presidents in Tbilisi proclaiming that they continue to strengthen their strategic partnership. President Aliyev said in October 2022 that the partnership had almost reached the level of an alliance; there is no mutual-defence commitment, so it stays a strategic partnership.',
  }),
  period('AZ', 'PK', 'no-relations', '1991-12-12', '1992-06-09', {
    ...NO_REL,
    sources: ['rel-pk-az-azernews', 'rel-pk-az-newsaz', 'dip-orbeli-2021'],
    confidence: 'high',
    note: 'Pakistan recognised Azerbaijan among the first states: second after Türkiye according to Pakistani and Azerbaijani sources, third after Türkiye and Romania according to an Armenian research centre (2021).',
  }),
  period('AZ', 'PK', 'relations', '1992-06-09', '2015-03-11', {
    ...REL,
    sources: ['rel-pk-az-azernews', 'rel-pk-az-newsaz'],
    confidence: 'high',
    note: 'Officials described the ties as a strategic partnership already by 2013; the atlas dates the partnership from the joint declaration.',
  }),
  period('AZ', 'PK', 'strategic-partnership', '2015-03-11', null, {
    ...REL,
    sources: ['rel-pk-az-declaration-2015', 'rel-pk-az-azernews'],
    confidence: 'high',
    note: 'Declaration of Strategic Partnership signed by Presidents Ilham Aliyev and Mamnoon Hussain in Baku.',
  }),
  period('AZ', 'TR', 'no-relations', '1991-11-09', '1992-01-14', {
    ...NO_REL,
    sources: ['rel-tr-mfa-azerbaijan'],
    confidence: 'high',
    note: 'Türkiye was the first state to recognise Azerbaijan.',
  }),
  period('AZ', 'TR', 'relations', '1992-01-14', '2010-08-16', {
    ...REL,
    sources: ['rel-tr-mfa-azerbaijan'],
    confidence: 'high',
  }),
  period('AZ', 'TR', 'strategic-partnership', '2010-08-16', '2021-06-15', {
    ...REL,
    sources: ['rel-az-tr-shusha-text'],
    confidence: 'medium',
    note: "Treaty on Strategic Partnership and Mutual Assistance signed on 16 August 2010 (known here from the Shusha Declaration's preamble). It contains mutual-assistance provisions that some read as a defence commitment; the atlas counts the alliance from the Shusha Declaration, which both governments presented as raising relations to an allied level.",
  }),
  period('AZ', 'TR', 'alliance', '2021-06-15', null, {
    ...REL,
    sources: ['rel-az-tr-shusha-text', 'rel-az-tr-shusha-report'],
    confidence: 'high',
    note: 'Shusha Declaration on Allied Relations, signed by Ilham Aliyev and Recep Tayyip Erdoğan in Shusha: mutual assistance in case of threat or aggression by a third state. Ratified in February 2022; counted from the signature.',
  }),
  period('AZ', 'IR', 'no-relations', '1991-12-25', '1992-03-12', {
    ...NO_REL,
    sources: ['rel-az-ir-heritage'],
    confidence: 'medium',
  }),
  period('AZ', 'IR', 'relations', '1992-03-12', null, {
    ...REL,
    sources: ['rel-az-ir-heritage'],
    confidence: 'medium',
    note: 'Dates from one Azerbaijani state source.',
  }),
  period('AZ', 'RU', 'relations', '1992-04-04', '1993-09-24', {
    ...REL,
    sources: ['rel-az-ru-newsaz'],
    confidence: 'high',
  }),
  period('AZ', 'RU', 'alliance', '1993-09-24', CST_LAPSED, {
    ...REL,
    sources: CST_SOURCES,
    confidence: 'medium',
    note: CST_NOTE,
  }),
  period('AZ', 'RU', 'relations', CST_LAPSED, '2008-07-03', {
    ...REL,
    sources: ['rel-az-ru-newsaz', 'rel-cst-jamestown'],
    confidence: 'high',
  }),
  period('AZ', 'RU', 'strategic-partnership', '2008-07-03', null, {
    ...REL,
    sources: ['rel-az-ru-allied-declaration', 'rel-az-ru-meydan'],
    confidence: 'medium',
    note: 'Declaration of Friendship and Strategic Partnership of 3 July 2008. The Declaration on Allied Interaction of 22 February 2022 calls the relations allied, and President Aliyev said it brought them to the level of an alliance, but it only says the parties may consider military assistance to each other: the atlas keeps strategic partnership and notes the disagreement.',
  }),
  period('AZ', 'IN', 'relations', '1992-02-28', null, {
    ...REL,
    sources: ['rel-az-in-embassy'],
    confidence: 'high',
    note: 'India recognised Azerbaijan in December 1991 (day not known), so the pair has no record before relations were established.',
  }),
  period('AZ', 'CN', 'no-relations', '1991-12-27', '1992-04-02', {
    ...NO_REL,
    sources: ['rel-cn-recognition-1991', 'rel-cn-az-wikipedia'],
    confidence: 'high',
  }),
  period('AZ', 'CN', 'relations', '1992-04-02', '2024-07-03', {
    ...REL,
    sources: ['rel-cn-az-wikipedia'],
    confidence: 'high',
  }),
  period('AZ', 'CN', 'strategic-partnership', '2024-07-03', null, {
    ...REL,
    sources: ['rel-cn-az-sp', 'rel-cn-az-csp'],
    confidence: 'high',
    note: 'Joint declaration on a strategic partnership adopted in Astana at the SCO summit; upgraded to a comprehensive strategic partnership in Beijing on 23 April 2025 (same status in the atlas).',
  }),
  period('AZ', 'US', 'no-relations', '1991-12-25', '1992-02-19', {
    ...NO_REL,
    sources: ['rel-us-az-history'],
    confidence: 'high',
  }),
  period('AZ', 'US', 'relations', '1992-02-19', null, {
    ...REL,
    sources: ['rel-us-az-history'],
    confidence: 'high',
  }),

  // --- Georgia ---
  period('GE', 'PK', 'relations', '2023-06-01', null, {
    ...REL,
    sources: ['rel-ge-pk-brecorder', 'dip-urdupoint-ge-pk-2023'],
    confidence: 'low',
    note: 'The day relations were established was not found. This is the earliest day a source read attests them (first bilateral political consultations, Tbilisi); the atlas shows no data before it although relations certainly existed earlier.',
  }),
  period('GE', 'TR', 'relations', '1992-05-21', null, {
    ...REL,
    sources: ['dip-trt-ge-tr-2022'],
    confidence: 'high',
    note: "Day of the protocol on diplomatic relations, given by the Georgian foreign ministry's statement for the 30th anniversary. Türkiye had recognised Georgia on 16 December 1991; that earlier period is not modelled.",
  }),
  period('GE', 'IR', 'relations', '1992-05-15', null, {
    ...REL,
    sources: ['dip-enwiki-ge-ir'],
    confidence: 'medium',
    note: 'Day known only from an encyclopedia article; no official or agency report of it was read.',
  }),
  period('GE', 'RU', 'relations', '1992-07-01', CST_SIGNED_GE, {
    ...REL,
    sources: ['rel-ge-mfa-russia'],
    confidence: 'high',
  }),
  period('GE', 'RU', 'alliance', CST_SIGNED_GE, CST_LAPSED, {
    ...REL,
    sources: CST_SOURCES,
    confidence: 'medium',
    note: CST_NOTE,
  }),
  period('GE', 'RU', 'relations', CST_LAPSED, '2008-08-29', {
    ...REL,
    sources: ['rel-ge-mfa-russia', 'rel-cst-jamestown'],
    confidence: 'high',
  }),
  period('GE', 'RU', 'no-relations', '2008-08-29', null, {
    ...NO_REL,
    sources: [
      'rel-ge-ru-eurasia',
      'dip-mbl-georgia-2008',
      'dip-voa-georgia-2008',
      'rel-ge-mfa-russia',
    ],
    confidence: 'medium',
    note: "Georgia broke off diplomatic relations after the August 2008 war and Russia's recognition of Abkhazia and South Ossetia (26 August 2008). Deputy Foreign Minister Grigol Vashadze announced the break on 29 August 2008; the Georgian foreign ministry's page dates it 2 September 2008. The atlas uses the announcement. Both still recognise each other, hence no-relations.",
  }),
  period('GE', 'IN', 'no-relations', '1991-12-26', '1992-09-28', {
    ...NO_REL,
    sources: ['rel-ge-in-embassy'],
    confidence: 'high',
  }),
  period('GE', 'IN', 'relations', '1992-09-28', null, {
    ...REL,
    sources: ['rel-ge-in-embassy'],
    confidence: 'high',
  }),
  period('GE', 'CN', 'no-relations', '1991-12-27', '1992-06-09', {
    ...NO_REL,
    sources: ['rel-cn-recognition-1991', 'dip-people-cn-ge-2022'],
    confidence: 'high',
  }),
  period('GE', 'CN', 'relations', '1992-06-09', '2023-07-28', {
    ...REL,
    sources: ['dip-people-cn-ge-2022', 'dip-people-cn-ge-2012'],
    confidence: 'high',
    note: 'The presidents exchanged messages on 9 June 2012 and 9 June 2022 for the 20th and 30th anniversaries of diplomatic relations.',
  }),
  period('GE', 'CN', 'strategic-partnership', '2023-07-28', null, {
    ...REL,
    sources: ['rel-cn-ge-sp-agenda', 'rel-cn-ge-sp-people'],
    confidence: 'medium',
    note: 'Announced by Xi Jinping and Irakli Garibashvili in Chengdu on 28 July 2023; the joint statement was published in the following days.',
  }),
  period('GE', 'US', 'no-relations', '1991-12-25', '1992-03-24', {
    ...NO_REL,
    sources: ['rel-us-ge-history'],
    confidence: 'high',
  }),
  period('GE', 'US', 'relations', '1992-03-24', '2009-01-09', {
    ...REL,
    sources: ['rel-us-ge-history'],
    confidence: 'high',
  }),
  period('GE', 'US', 'strategic-partnership', '2009-01-09', null, {
    ...REL,
    sources: ['rel-us-ge-charter'],
    confidence: 'high',
    note: 'Charter on Strategic Partnership signed by Condoleezza Rice and Grigol Vashadze (not a mutual-defence treaty).',
  }),

  // --- Pakistan ---
  period('PK', 'TR', 'relations', FIRST_DAY, '2013-09-17', {
    ...REL,
    sources: ['rel-pk-tr-jasarat', 'rel-pk-ir-tr-siasat'],
    confidence: 'high',
    note: PRE_1988,
  }),
  period('PK', 'TR', 'strategic-partnership', '2013-09-17', null, {
    ...REL,
    sources: ['rel-pk-tr-hlscc-2013', 'rel-pk-tr-hlscc-2013-blog', 'rel-pk-tr-jasarat'],
    confidence: 'medium',
    note: 'The joint High Level Cooperation Council (set up in 2009-2010) was renamed the High Level Strategic Cooperation Council by the joint declaration of 17 September 2013; the atlas dates the declared strategic partnership from then.',
  }),
  period('PK', 'IR', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-pk-ir-tr-siasat', 'rel-pk-ir-freedompakistan'],
    confidence: 'medium',
    note: `${PRE_1988} Iran was among the first states to recognise Pakistan in 1947; the sources read for this pair are secondary ones.`,
  }),
  period('PK', 'RU', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-pk-ru-nation', 'rel-ru-un-continuity'],
    confidence: 'high',
    note: `${PRE_1988} Relations with the Soviet Union from 1 May 1948, continued by Russia.`,
  }),
  period('PK', 'IN', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-in-pk-dna', 'rel-in-pk-thenews'],
    confidence: 'high',
    note: `${PRE_1988} Relations were downgraded in 1999, 2002 and on 7 August 2019 (high commissioners withdrawn, trade suspended) but not severed, so the status stays at relations.`,
  }),
  period('PK', 'CN', 'relations', FIRST_DAY, '2015-04-20', {
    ...REL,
    sources: ['rel-cn-pk-chinadaily'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 21 May 1951. The ties were already called a strategic cooperative partnership before 2015, but no dated declaration was found for that, so the partnership is dated from 2015.`,
  }),
  period('PK', 'CN', 'strategic-partnership', '2015-04-20', null, {
    ...REL,
    sources: ['rel-cn-pk-2015', 'rel-cn-pk-2015-xinhua'],
    confidence: 'medium',
    note: "Joint statement on establishing the All-Weather Strategic Cooperative Partnership during Xi Jinping's state visit of 20-21 April 2015. An earlier partnership may be understated.",
  }),
  period('PK', 'US', 'relations', FIRST_DAY, '2006-03-04', {
    ...REL,
    sources: ['dip-history-pk', 'dip-usembassy-pk'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 15 August 1947, when the United States opened its embassy in Karachi. Pakistan's designation as a major non-NATO ally in 2004 is not a mutual-defence commitment.`,
  }),
  period('PK', 'US', 'strategic-partnership', '2006-03-04', null, {
    ...REL,
    sources: ['rel-us-pk-2006'],
    confidence: 'medium',
    note: "Joint Statement on United States-Pakistan Strategic Partnership issued during George W. Bush's visit to Islamabad. Relations went through serious strains later, but the partnership was not renounced in a source read.",
  }),

  // --- Türkiye ---
  period('TR', 'IR', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['dip-enwiki-ir-tr'],
    confidence: 'high',
    note: PRE_1988,
  }),
  period('TR', 'RU', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-tr-ru-dailysabah', 'rel-ru-un-continuity'],
    confidence: 'high',
    note: `${PRE_1988} Relations date from 1920 (Soviet Russia), continued by Russia.`,
  }),
  period('TR', 'IN', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-in-tr-mfa'],
    confidence: 'high',
    note: PRE_1988,
  }),
  period('TR', 'CN', 'relations', FIRST_DAY, '2010-10-08', {
    ...REL,
    sources: ['rel-cn-tr-1971'],
    confidence: 'high',
    note: `${PRE_1988} Relations since August 1971.`,
  }),
  period('TR', 'CN', 'strategic-partnership', '2010-10-08', null, {
    ...REL,
    sources: ['rel-cn-tr-2010', 'rel-cn-tr-2010-cri', 'rel-cn-tr-1971'],
    confidence: 'medium',
    note: 'Wen Jiabao and Recep Tayyip Erdoğan announced a "strategic relationship of cooperation" in Ankara; the atlas counts it as a declared strategic partnership.',
  }),
  period('TR', 'US', 'alliance', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-tr-nato'],
    confidence: 'high',
    note: `${PRE_1988} Both are members of NATO (Türkiye since 18 February 1952): mutual-defence commitment under Article 5.`,
  }),

  // --- Iran ---
  period('IR', 'RU', 'relations', FIRST_DAY, '2025-01-17', {
    ...REL,
    sources: ['rel-ir-ru-ifp', 'rel-ru-un-continuity'],
    confidence: 'high',
    note: PRE_1988,
  }),
  period('IR', 'RU', 'strategic-partnership', '2025-01-17', null, {
    ...REL,
    sources: ['rel-ir-ru-ifp', 'rel-ir-ru-newsyou'],
    confidence: 'medium',
    note: 'Comprehensive Strategic Partnership Treaty signed by Vladimir Putin and Masoud Pezeshkian in Moscow; counted from the signature, as entry into force was reported only after the verified-through day. It contains no mutual-defence clause.',
  }),
  period('IR', 'IN', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-in-ir-tehrantimes'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 15 March 1950.`,
  }),
  period('IR', 'CN', 'relations', FIRST_DAY, '2016-01-23', {
    ...REL,
    sources: ['rel-cn-ir-1971'],
    confidence: 'high',
    note: `${PRE_1988} Relations since August 1971.`,
  }),
  period('IR', 'CN', 'strategic-partnership', '2016-01-23', null, {
    ...REL,
    sources: ['rel-cn-ir-2016', 'rel-cn-ir-2016-president'],
    confidence: 'high',
    note: "Comprehensive strategic partnership agreed during Xi Jinping's visit to Tehran.",
  }),
  period('IR', 'US', 'no-relations', FIRST_DAY, null, {
    ...NO_REL,
    sources: ['rel-us-ir-cnn'],
    confidence: 'high',
    note: `${PRE_1988} The United States severed diplomatic relations on 7 April 1980, during the hostage crisis; they have not been restored.`,
  }),

  // --- Russia ---
  period('RU', 'IN', 'relations', FIRST_DAY, '2000-10-03', {
    ...REL,
    sources: ['rel-in-ru-moscowtimes', 'rel-ru-un-continuity'],
    confidence: 'high',
    note: `${PRE_1988} Relations with the Soviet Union, continued by Russia.`,
  }),
  period('RU', 'IN', 'strategic-partnership', '2000-10-03', null, {
    ...REL,
    sources: ['rel-in-ru-pmo', 'rel-in-ru-moscowtimes'],
    confidence: 'high',
    note: 'Declaration on Strategic Partnership signed by Vladimir Putin and Atal Bihari Vajpayee in New Delhi (explicitly not a military alliance).',
  }),
  period('RU', 'CN', 'relations', FIRST_DAY, '1996-04-25', {
    ...REL,
    sources: ['rel-cn-ru-people', 'rel-cn-ru-fmprc'],
    confidence: 'high',
    note: `${PRE_1988} Relations of 2 October 1949 with the Soviet Union, inherited by Russia under the memorandum of 27 December 1991.`,
  }),
  period('RU', 'CN', 'strategic-partnership', '1996-04-25', null, {
    ...REL,
    sources: ['rel-cn-ru-fmprc', 'rel-cn-ru-people'],
    confidence: 'high',
    note: 'Joint statement declaring a partnership of strategic coordination, signed in Beijing by Jiang Zemin and Boris Yeltsin. The 2001 Treaty of Good-Neighbourliness is not a mutual-defence treaty.',
  }),
  period('RU', 'US', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-us-ru-state'],
    confidence: 'high',
    note: `${PRE_1988} Relations with the Soviet Union since 1933; the United States recognised the Russian Federation as its successor on 25 December 1991 and established relations on 31 December 1991, without a break in the atlas.`,
  }),

  // --- India, China ---
  period('IN', 'CN', 'relations', FIRST_DAY, '2005-04-11', {
    ...REL,
    sources: ['rel-cn-in-manorama'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 1 April 1950.`,
  }),
  period('IN', 'CN', 'strategic-partnership', '2005-04-11', null, {
    ...REL,
    sources: ['rel-cn-in-2005', 'rel-cn-in-2005-taipeitimes'],
    confidence: 'medium',
    note: 'Joint statement establishing a Strategic and Cooperative Partnership for Peace and Prosperity, signed by Wen Jiabao and Manmohan Singh. Relations have been strained since the 2020 border clashes, but the partnership was not renounced.',
  }),
  period('IN', 'US', 'relations', FIRST_DAY, '2004-09-21', {
    ...REL,
    sources: ['rel-us-in-history'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 1 November 1946.`,
  }),
  period('IN', 'US', 'strategic-partnership', '2004-09-21', null, {
    ...REL,
    sources: ['rel-us-in-2004', 'rel-us-in-2020'],
    confidence: 'medium',
    note: 'First dated joint statement read that names the India-U.S. strategic partnership (George W. Bush and Manmohan Singh, New York). The Next Steps in Strategic Partnership were launched in January 2004 (day not read), so the start may be a few months late. Elevated to a Comprehensive Global Strategic Partnership on 25 February 2020 (same status here).',
  }),
  period('CN', 'US', 'relations', FIRST_DAY, null, {
    ...REL,
    sources: ['rel-us-cn-ou'],
    confidence: 'high',
    note: `${PRE_1988} Relations since 1 January 1979.`,
  }),
];

/**
 * The recognition of Armenia by the rest of the UN membership: Pakistan alone withheld it until
 * the Tianjin communiqué of 31 August 2025. Two records so that each period has its own `except`.
 */
export const RULES: RecognitionRule[] = [
  {
    id: 'recognition-of-armenia',
    kind: 'recognition',
    subject: 'AM',
    from: '1992-03-02',
    to: '2025-08-31',
    datePrecision: 'day',
    appliesTo: UN_MEMBER_CODES.filter((code) => code !== 'AM'),
    except: ['PK'],
    sources: [
      'rel-pk-am-arynews',
      'rel-pk-am-rferl-2021',
      'rel-un-admission-1992',
      'rel-un-admission-az',
      'rel-un-members',
      'un-research-membership',
    ],
    confidence: 'medium',
    note: 'Every UN member except Pakistan recognised Armenia. Starts on the day Armenia was admitted to the UN; states recognised it one by one from late 1991, so the start is a convention, not the day of each recognition. Uses present-day UN membership.',
  },
  {
    id: 'recognition-of-armenia-universal',
    kind: 'recognition',
    subject: 'AM',
    from: '2025-08-31',
    to: null,
    datePrecision: 'day',
    appliesTo: UN_MEMBER_CODES.filter((code) => code !== 'AM'),
    except: [],
    sources: [
      'rel-pk-am-dailypakistan',
      'dip-geo-2025-08-31',
      'rel-un-members',
      'un-research-membership',
    ],
    confidence: 'high',
    note: 'With the Tianjin communiqué establishing diplomatic relations with Pakistan, every UN member recognises Armenia.',
  },
];
