/**
 * The breakaway entities as subjects of recognition, and one dated record per UN member state
 * that recognised one of them. Half-open like every period: `from` the first day of the
 * recognition, `to` the first day after it (the day it was withdrawn), null while it holds on
 * the verified-through day. Method and disagreements: README.md ("Recognition of the entities").
 */
import type { EntityRecord, RecognitionRecord } from '../../src/lib/domain/recognition';

export const ENTITIES: EntityRecord[] = [
  {
    id: 'ABK',
    name: 'Abkhazia',
    withinState: 'GE',
    from: '1994-11-26',
    to: null,
    datePrecision: 'day',
    sources: ['rel-ent-recognition-article'],
    note: 'Counted from the adoption of its constitution (26 November 1994), after the war of 1992-1993; the date only bounds the recognition records, all of which are later.',
  },
  {
    id: 'OSS',
    name: 'South Ossetia / Tskhinvali region',
    withinState: 'GE',
    from: '1992-05-29',
    to: null,
    datePrecision: 'day',
    sources: ['rel-ent-recognition-article', 'rel-ent-pireport-vanuatu-2013'],
    note: 'Counted from its declaration of independence of 29 May 1992. "Tskhinvali region" is the name used by the Georgian government.',
  },
  {
    id: 'NKR',
    name: 'Nagorno-Karabakh Republic / Artsakh',
    withinState: 'AZ',
    from: '1992-01-06',
    to: '2024-01-01',
    datePrecision: 'day',
    sources: ['nkrusa-declaration', 'rel-ent-artsakh-foreign-relations'],
    note: 'From the declaration of state independence of 6 January 1992, the day the control layer dates its control from (it was proclaimed on 2 September 1991), to its dissolution on 1 January 2024, as agreed after the offensive of 19 September 2023. The control layer ends its control on 1 October 2023.',
    noRecognition: {
      note: 'No UN member state recognised the Nagorno-Karabakh Republic, Armenia included; only Abkhazia, South Ossetia and Transnistria, themselves not UN members, did.',
      sources: ['rel-ent-ponars-nkr-2020', 'rel-ent-artsakh-foreign-relations'],
    },
  },
];

/** Russia's decrees of 26 August 2008 recognised both entities the same day. */
const RUSSIA_SOURCES = [
  'rel-ent-abkhazia-russia-article',
  'rel-ent-eurasia-ro-russia-2008',
  'rel-ent-rt-unrecognised-2008',
];
const NICARAGUA_SOURCES = [
  'rel-ent-countervortex-nicaragua-2008',
  'rel-ent-ticotimes-nicaragua-2008',
  'rel-ent-rt-nicaragua-2008',
];
const NICARAGUA_NOTE =
  'President Ortega announced the recognition on 2-3 September 2008; the decree was read at the Foreign Ministry on 5 September (AP), the day used here.';
const VENEZUELA_SOURCES = ['rel-ent-voa-venezuela-2009', 'rel-ent-civil-venezuela-2009'];
const TUVALU_END_SOURCES = ['rel-ent-taklama-tuvalu-2014', 'rel-ent-rnz-vanuatu-2014'];
const TUVALU_END_NOTE =
  'Withdrawn with the protocol on diplomatic relations signed with Georgia in Tbilisi on 31 March 2014, in which Tuvalu recognised Georgia\'s territorial integrity including Abkhazia and South Ossetia. RNZ wrote in April 2014 that Tuvalu had withdrawn its support "last year".';
const SYRIA_SOURCES = [
  'rel-ent-nationalia-syria-2018',
  'rel-ent-belsat-syria-2018',
  'rel-ent-mfa-ge-syria',
  'rel-ent-civil-damascus-2020',
  'rel-ent-agenda-damascus-2020',
  'rel-ent-ocmedia-syria-2025',
];
const SYRIA_NOTE =
  "Announced on 29 May 2018 (Georgian foreign ministry, Nationalia, Belsat); Civil.ge dates it 28 May. Georgia broke off relations with Syria by decree of 31 May 2018. After the change of government in Damascus in December 2024 no withdrawal was found in the sources read up to the verified-through day: in June 2025 Syria's new foreign minister received Abkhazia's in Damascus (not reported by the Syrian side) while Georgia sought to have the recognition dropped; Georgia's foreign ministry had said in 2020 it expected the decision to be reviewed once the government changed. Confidence is medium for that reason.";

export const RECOGNITIONS: RecognitionRecord[] = [
  // --- Abkhazia ---
  {
    subject: 'ABK',
    by: 'RU',
    from: '2008-08-26',
    to: null,
    datePrecision: 'day',
    sources: RUSSIA_SOURCES,
    confidence: 'high',
    note: 'Decree of President Medvedev, after the motions of both chambers of parliament of 25 August 2008.',
  },
  {
    subject: 'ABK',
    by: 'NI',
    from: '2008-09-05',
    to: null,
    datePrecision: 'day',
    sources: NICARAGUA_SOURCES,
    confidence: 'high',
    note: NICARAGUA_NOTE,
  },
  {
    subject: 'ABK',
    by: 'VE',
    from: '2009-09-10',
    to: null,
    datePrecision: 'day',
    sources: VENEZUELA_SOURCES,
    confidence: 'high',
    note: 'Announced by Hugo Chávez at talks with Dmitry Medvedev near Moscow, "from today".',
  },
  {
    subject: 'ABK',
    by: 'NR',
    from: '2009-12-15',
    to: null,
    datePrecision: 'day',
    sources: [
      'rel-ent-rferl-nauru-2009',
      'rel-ent-moscowtimes-nauru-2009',
      'rel-ent-ap-nauru-2009',
    ],
    confidence: 'high',
    note: 'Agreement on diplomatic relations signed in Sukhumi by the two foreign ministers. No withdrawal was found in the sources read up to the verified-through day.',
  },
  {
    subject: 'ABK',
    by: 'VU',
    from: '2011-05-23',
    to: '2013-07-12',
    datePrecision: 'day',
    sources: [
      'rel-ent-fp-vanuatu-2011',
      'rel-ent-rferl-vanuatu-denial-2011',
      'rel-ent-rferl-vanuatu-2012',
      'rel-ent-civil-vanuatu-2013-05',
      'rel-ent-rferl-vanuatu-2013-05',
      'rel-ent-rferl-vanuatu-2013',
      'rel-ent-pireport-vanuatu-2013',
      'dip-rferl-vanuatu-2013-07',
      'rel-ent-taklama-vanuatu-2015',
    ],
    confidence: 'low',
    note: "Disputed throughout. Abkhazia's foreign minister said the document was signed on 23 May 2011; Vanuatu's UN ambassador denied any recognition on 3 June 2011, an interim government cancelled it in June 2011, a later one reaffirmed it, and officials contradicted each other into 2012; the foreign ministry denied ties with Abkhazia in March 2013. On 20 May 2013 President Saakashvili announced, after meeting Vanuatu's prime minister, that Vanuatu had withdrawn it; the atlas ends it, as its event does, with the protocol on diplomatic relations with Georgia, recognising its territorial integrity including Abkhazia, signed at the UN on 12 July 2013. In March 2015 Vanuatu's foreign minister said the 2011 recognition had not changed. Vanuatu did not recognise South Ossetia.",
  },
  {
    subject: 'ABK',
    by: 'TV',
    from: '2011-09-18',
    to: '2014-03-31',
    datePrecision: 'day',
    sources: [
      'rel-ent-expatica-tuvalu-2011',
      'rel-ent-rferl-tuvalu-2011',
      'rel-ent-moscowtimes-tuvalu-2011',
      ...TUVALU_END_SOURCES,
    ],
    confidence: 'medium',
    note: `Agreement on diplomatic relations signed by Prime Minister Willy Telavi in Sukhumi on 18 September 2011 and made public on 23 September; Tuvalu confirmed it on 25 September. ${TUVALU_END_NOTE}`,
  },
  {
    subject: 'ABK',
    by: 'SY',
    from: '2018-05-29',
    to: null,
    datePrecision: 'day',
    sources: SYRIA_SOURCES,
    confidence: 'medium',
    note: SYRIA_NOTE,
  },

  // --- South Ossetia ---
  {
    subject: 'OSS',
    by: 'RU',
    from: '2008-08-26',
    to: null,
    datePrecision: 'day',
    sources: RUSSIA_SOURCES,
    confidence: 'high',
    note: 'Decree of President Medvedev, the same day as for Abkhazia.',
  },
  {
    subject: 'OSS',
    by: 'NI',
    from: '2008-09-05',
    to: null,
    datePrecision: 'day',
    sources: NICARAGUA_SOURCES,
    confidence: 'high',
    note: NICARAGUA_NOTE,
  },
  {
    subject: 'OSS',
    by: 'VE',
    from: '2009-09-10',
    to: null,
    datePrecision: 'day',
    sources: VENEZUELA_SOURCES,
    confidence: 'high',
  },
  {
    subject: 'OSS',
    by: 'NR',
    from: '2009-12-16',
    to: null,
    datePrecision: 'day',
    sources: ['rel-ent-todayaz-nauru-2009', 'rel-ent-rt-nauru-oss-2009', 'rel-ent-ap-nauru-2009'],
    confidence: 'high',
    note: 'Statement on diplomatic relations signed in Moscow the day after the agreement with Abkhazia. No withdrawal was found in the sources read up to the verified-through day.',
  },
  {
    subject: 'OSS',
    by: 'TV',
    from: '2011-09-19',
    to: '2014-03-31',
    datePrecision: 'day',
    sources: [
      'dip-ria-tuvalu-2011',
      'rel-ent-rferl-tuvalu-2011',
      'rel-ent-bloomberg-tuvalu-2011',
      'rel-ent-moscowtimes-tuvalu-2011',
      ...TUVALU_END_SOURCES,
    ],
    confidence: 'medium',
    note: `Signed on 19 September 2011 according to RIA Novosti (which places the signing in Sukhumi; other reports place it in Tskhinvali, during Prime Minister Telavi's visit that week); South Ossetia's leader announced it on 23 September (Bloomberg gives statements of 20 and 23 September). ${TUVALU_END_NOTE}`,
  },
  {
    subject: 'OSS',
    by: 'SY',
    from: '2018-05-29',
    to: null,
    datePrecision: 'day',
    sources: SYRIA_SOURCES,
    confidence: 'medium',
    note: SYRIA_NOTE,
  },
];
