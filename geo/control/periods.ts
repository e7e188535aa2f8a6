/**
 * Who held each zone, from 1988-01-01 on. Each zone's periods run contiguously from
 * FIRST_DAY to `null`; `from` is inclusive and `to` exclusive (half-open). Source ids resolve
 * in geo/sources/control.json; the date choices are explained in geo/control/README.md.
 */
import type { Confidence, ControlPhase, Controller } from '../../src/lib/domain/types';
import type { DatePrecision, IsoDate } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';
import type { PeriodDef } from './model';

interface Change {
  controller: Controller;
  from: IsoDate;
  precision?: DatePrecision;
  sources: readonly string[];
  confidence: Confidence;
  note?: string;
  phase?: ControlPhase;
}

/**
 * Builds contiguous periods from an initial controller and a list of changes: each change
 * starts a period that ends where the next change starts.
 */
function timeline(initial: Omit<Change, 'from' | 'precision'>, ...changes: Change[]): PeriodDef[] {
  const starts: Change[] = [{ ...initial, from: FIRST_DAY, precision: 'day' }, ...changes];
  return starts.map((c, i) => {
    const next = starts[i + 1];
    const period: PeriodDef = {
      controller: c.controller,
      from: c.from,
      to: next ? next.from : null,
      precision: { from: c.precision ?? 'day', to: next ? (next.precision ?? 'day') : null },
      sources: [...c.sources],
      confidence: c.confidence,
    };
    if (c.note) period.note = c.note;
    if (c.phase) period.phase = c.phase;
    return period;
  });
}

// Soviet republics before independence, then the states: one code, named by date in the app.
const AZ_SSR = {
  controller: 'AZ',
  sources: ['worldlibrary-nkao', 'ctl-armin-encyclopedia-nkao'],
  confidence: 'high',
  note: 'Part of the Azerbaijan SSR, then of independent Azerbaijan.',
} as const;
const AZ_ALWAYS_ARMENIAN_BORDER = {
  controller: 'AZ',
  sources: ['earthspot-am-az-border'],
  confidence: 'medium',
  note: 'Azerbaijani (SSR) exclave inside the Armenian SSR.',
} as const;
const AM_SSR_BORDER = {
  controller: 'AM',
  sources: ['earthspot-am-az-border'],
  confidence: 'high',
  note: 'Part of the Armenian SSR, then of independent Armenia.',
} as const;
const GE_SSR = {
  controller: 'GE',
  sources: ['enwiki-south-ossetia-war-1991'],
  confidence: 'high',
  note: 'Part of the Georgian SSR, then of independent Georgia.',
} as const;
const GE_ABKHAZ_ASSR = {
  controller: 'GE',
  sources: ['agenda-ge-sukhumi-2014'],
  confidence: 'medium',
  note: 'Abkhaz ASSR within the Georgian SSR, then Georgia, until the 1992-1993 war.',
} as const;

/** Armenian control of the Armenian-majority NKAO: gradual; dated by the declaration. */
const NKR_1992: Change = {
  controller: 'NKR',
  from: '1992-01-06',
  precision: 'month',
  sources: ['nkrusa-declaration', 'armenianprelacy-declaration'],
  confidence: 'low',
  note:
    'Control passed gradually from Soviet and Azerbaijani authorities to Karabakh Armenian ' +
    'forces between 1988 and early 1992 (NKR proclaimed 2 Sep 1991, referendum 10 Dec 1991). ' +
    'We date it to the declaration of state independence of 6 January 1992, as the first ' +
    'day the NKR acted as a state; the month is the real precision.',
};
const AZ_GORANBOY: Change = {
  controller: 'AZ',
  from: '1992-07-04',
  sources: ['memim-aghdara', 'wikimili-goranboy'],
  confidence: 'low',
  note:
    'Operation Goranboy (from 12-13 Jun 1992) took most of Martakert district; the fall of ' +
    'Martakert town is dated 4 Jul 1992 by a single encyclopedia article. How much of the former ' +
    'NKAO Azerbaijan held at the peak is given only by encyclopedia copies, and is not repeated.',
};
const NKR_MARTAKERT_1993: Change = {
  controller: 'NKR',
  from: '1993-06-27',
  sources: ['latimes-martakert-1993', 'hina-martakert-1993'],
  confidence: 'high',
  note: 'Armenian forces retook Martakert, "the last Azerbaijani stronghold" (LA Times).',
};
/** The northern edge (Madagiz, Talish) stayed Azerbaijani-held after June 1993. */
const NKR_TALISH_1994: Change = {
  controller: 'NKR',
  from: '1994-04-10',
  sources: ['wikijaa-madagiz', 'ipfs-talish', 'war-reportaz-sugovushan-2025'],
  confidence: 'low',
  note:
    'Madagiz and Talish, held by Azerbaijan since the 1992 offensive, were taken by Karabakh ' +
    'forces in April 1994, a month before the ceasefire. Reports read give only the month ' +
    '(Report.az); 10-11 Apr comes from encyclopedia copies, and an Armenian blog gives 8-9 Apr.',
};
/**
 * The same control, confirmed: the Bishkek ceasefire fixed the line of contact on 12 May 1994,
 * so areas held by Karabakh forces from the gradual (low-confidence) start are certain from then
 * on. Only the confidence changes; the hatching on the map then marks just the uncertain years.
 */
const NKR_CEASEFIRE_1994: Change = {
  controller: 'NKR',
  from: '1994-05-12',
  sources: [
    'enwiki-bishkek-protocol',
    'ipfs-nkr-admin-divisions',
    'ctl-pax-bishkek-ceasefire-1994',
    'ctl-karabakhfacts-ceasefire-1994',
  ],
  confidence: 'high',
  note:
    'Held by Karabakh Armenian forces on the ceasefire line of 12 May 1994 (Bishkek Protocol); ' +
    'only the start of this control (1988-1992) is uncertain.',
};
/**
 * Between the ceasefire of 20 September 2023 and the end of NKR control: still NKR-held, but a
 * typed transition (the map draws it with its own pattern, the panel tells it).
 */
const DISARMAMENT_2023: Change = {
  controller: 'NKR',
  from: '2023-09-20',
  phase: 'disarmament',
  sources: [
    'ctl-bbc-2023-ceasefire',
    'war-tass-arson-2023',
    'war-armradio-stepanakert-2023',
    'ctl-straitstimes-reuters-dissolution-2023',
    'ctl-rferl-exodus-2023',
  ],
  confidence: 'medium',
  note:
    'After the Azerbaijani offensive of 19 Sep 2023 the ' +
    'Karabakh authorities accepted a ceasefire on 20 Sep (from 12:00 Moscow time, TASS), with the complete ' +
    "disarmament of their forces (BBC). On 22 Sep Azerbaijan's interior ministry said " +
    'the whole territory was under its control (TASS), which the Artsakh authorities denied for ' +
    'Stepanakert on 23 Sep; on 28 Sep their president signed a decree dissolving the ' +
    "republic's institutions by 1 Jan 2024, and nearly the whole population left for Armenia " +
    '(100,514 people by the start of October, RFE/RL). Which locality Azerbaijani forces ' +
    'entered on which day is not reported place by place, so the area is drawn as in transition ' +
    'until the end of NKR control.',
};
/** End of NKR control after the offensive of 19-20 September 2023. */
const AZ_2023: Change = {
  controller: 'AZ',
  from: '2023-10-01',
  sources: [
    'enwiki-2023-offensive',
    'babel-2023-ceasefire',
    'armradio-2023-dissolution',
    'caucasuswatch-2023-annulment',
    'ctl-bbc-2023-ceasefire',
    'ctl-rferl-exodus-2023',
    'ctl-straitstimes-reuters-dissolution-2023',
    'war-reuters-ceasefire-2023',
    'war-tass-arson-2023',
    'war-armradio-stepanakert-2023',
    'war-rferl-last-bus-2023',
  ],
  confidence: 'medium',
  note:
    'The change was gradual, from 20 Sep to about 1 Oct 2023: the NKR forces agreed to ' +
    "disarm at 13:00 on 20 Sep; Azerbaijan's interior ministry said on 22 Sep that the whole " +
    'territory was under control, which Artsakh denied for Stepanakert on 23 Sep; the last ' +
    'evacuees reached Armenia on 1 Oct (100,514 people). From 20 Sep the map shows the area in ' +
    'transition (ceasefire and disarmament under way); we date the end of NKR control to 1 Oct ' +
    '2023, when the exodus had ended and after the dissolution decree (28 Sep); 20 Sep, the ' +
    'capitulation, is the other defensible date. The later annulment of the decree by the ' +
    'leaders in exile changes nothing on the ground.',
};
const RU_PKF_2020: Change = {
  controller: 'RU-PKF',
  from: '2020-11-10',
  sources: [
    'am-pm-trilateral-statement-2020',
    'az-mfa-trilateral-statement-2020',
    'tass-lachin-2020',
  ],
  confidence: 'medium',
  note:
    'The statement of 9/10 Nov 2020 (ceasefire from 00:00 Moscow time on 10 Nov) placed a ' +
    '5 km wide corridor under the control of the Russian peacekeepers; we date the change to ' +
    '10 Nov, the day the statement took effect, although deployment took some days. Lachin ' +
    'town, Zabukh and Sus stayed in the corridor when the rest of Lachin district was handed ' +
    'over on 1 Dec 2020.',
};
const AZ_LACHIN_2022: Change = {
  controller: 'AZ',
  from: '2022-08-26',
  sources: ['azernews-lachin-2022', 'dailysabah-lachin-2022', 'ctl-russian7-lachin-2022'],
  confidence: 'high',
  note:
    'After the bypass road opened, Azerbaijani forces entered Lachin town, Zabukh and Sus on ' +
    '26 Aug 2022 (Armenian residents had left by 25 Aug); the corridor moved to the new road.',
};

export const PERIODS: Record<string, PeriodDef[]> = {
  artsvashen: timeline(AM_SSR_BORDER, {
    controller: 'AZ',
    from: '1992-08-08',
    sources: [
      'scowiki-artsvashen',
      'evn-enclaves',
      'war-independent-artsvashen-appeal-1992',
      'war-independent-armenia-mobilises-1992',
      'war-universalis-august-1992',
    ],
    confidence: 'low',
    note:
      'Taken by Azerbaijani forces in August 1992; Armenia still claims it. An AFP report ' +
      'printed on 11 Aug 1992 says Azerbaijani troops had seized the north-east of Armenia ' +
      'two days before Armenia mobilised "yesterday", which gives 8 Aug; Armenia\'s president ' +
      'protested the capture on 9 Aug. If the report ran a day earlier, the day is 7 Aug.',
  }),
  'yukhari-askipara': timeline(AZ_ALWAYS_ARMENIAN_BORDER, {
    controller: 'AM',
    from: '1992-01-01',
    precision: 'year',
    sources: [
      'absoluteastronomy-yukhari-askipara',
      'wikipedie-yukhari-askipara',
      'ctl-turan-exclaves-2024',
      'ctl-turan-gazakh-returned-2024',
    ],
    confidence: 'low',
    note:
      'Armenian-held since the first war; the year is uncertain (one source says 1989). Not ' +
      'part of the May 2024 handover.',
  }),
  barkhudarly: timeline(AZ_ALWAYS_ARMENIAN_BORDER, {
    controller: 'AM',
    from: '1992-04-27',
    sources: ['enwiki-barxudarli', 'ctl-turan-exclaves-2024', 'ctl-turan-gazakh-returned-2024'],
    confidence: 'medium',
    note: 'Captured by Armenian forces on 27 Apr 1992; not part of the May 2024 handover.',
  }),
  sofulu: timeline(AZ_ALWAYS_ARMENIAN_BORDER, {
    controller: 'AM',
    from: '1992-04-27',
    precision: 'year',
    sources: ['enwiki-barxudarli', 'ctl-turan-exclaves-2024', 'ctl-turan-gazakh-returned-2024'],
    confidence: 'low',
    note:
      'Counted with Barkhudarly (22 km² together); its own date was not found, so the ' +
      'Barkhudarly date is used with year precision.',
  }),
  karki: timeline(AZ_ALWAYS_ARMENIAN_BORDER, {
    controller: 'AM',
    from: '1992-05-01',
    precision: 'month',
    sources: [
      'earthspot-am-az-border',
      'osmarks-karki',
      'war-dewiki-karki',
      'war-adalet-karki-2025',
      'war-bizim-karki',
    ],
    confidence: 'low',
    note:
      'Armenian-held since May 1992 (encyclopedia articles; no day found). Azerbaijani outlets ' +
      'date the capture to 18 Jan 1990, with the help of the Soviet 7th Army (Adalet.az), or ' +
      '19 Jan 1990 (Bizim.Media); what happened between 1990 and 1992 is not reported in the ' +
      'pages read, so May 1992 is kept with low confidence.',
  }),
  'gazakh-villages': timeline(
    { ...AZ_SSR, sources: ['ctl-hyetert-sabah-villages-2024'] },
    {
      controller: 'AM',
      from: '1992-01-01',
      precision: 'year',
      sources: ['ctl-hyetert-sabah-villages-2024', 'ctl-reuters-villages-2024'],
      confidence: 'low',
      note:
        "Armenian-held since the first war (year not found). Pashinyan's office said in April " +
        '2024 that Azerbaijan in practice gained only "two and a half villages", as it already ' +
        'partly controlled them (Reuters).',
    },
    {
      controller: 'AZ',
      from: '2024-05-24',
      sources: [
        'az24saat-2024-villages',
        'turan-karki-2024',
        'ctl-hyetert-sabah-villages-2024',
        'ctl-tass-gazakh-2024',
      ],
      confidence: 'high',
      note:
        'Agreed by the border commissions on 19 Apr 2024; the Azerbaijani State Border ' +
        'Service took control of the 12.7 km section (6.5 km²) on 24 May 2024.',
    },
  ),
  'syunik-2021': timeline(AM_SSR_BORDER, {
    controller: 'AZ',
    from: '2021-05-12',
    sources: ['janes-sev-lich-2021', 'armenianclub-40km2-2021', 'hetq-2022-territorial-losses'],
    confidence: 'medium',
    note:
      'Azerbaijani troops advanced up to 3.5 km into Armenia around Sev Lich on 12 May 2021; ' +
      'the area held after May 2021 is put at 40-45 km² (Pashinyan), 13 km² of it around the ' +
      'lake (Hetq). Drawn as the land within 3.5 km of the border around the lake.',
  }),
  'vardenis-2021': timeline(AM_SSR_BORDER, {
    controller: 'AZ',
    from: '2021-05-13',
    sources: [
      'milam-2021-05-13',
      'orbeli-gegharkunik-2021',
      'hetq-2022-territorial-losses',
      'armenianclub-40km2-2021',
      'armenews-elbakyan-gegharkunik',
    ],
    confidence: 'low',
    note:
      'Azerbaijani forces advanced near Vardenis on 13 May 2021 (Armenian defence ministry); ' +
      'positions were geolocated 1-3.5 km inside Armenia along about 13 km towards Verin and ' +
      'Nerkin Shorzha, and in the hills near Kut (Orbeli Centre); at least 3,200 ha (Hetq). ' +
      'Drawn along the border nearest Verin Shorzha; the heights near Kut are not drawn apart. ' +
      'An Armenian commentator put the advance towards Verin Shorzha at about 8 km by late ' +
      '2022, with the September 2022 gains; the drawn depth follows the geolocation instead.',
  }),
  'jermuk-2022': timeline(AM_SSR_BORDER, {
    controller: 'AZ',
    from: '2022-09-13',
    sources: [
      'evnreport-2022-attack',
      'panorama-2023-139km2',
      'dw-2022-pashinyan',
      'turan-asryan-jermuk-2022',
    ],
    confidence: 'medium',
    note:
      'Attack of 12/13-14 Sep 2022; Armenian figures for the land held afterwards range from ' +
      '139 to 225 km² depending on what is counted (60.06 km² near Jermuk). Drawn from the ' +
      'front the Armenian chief of staff described: 8.5 km wide, to 4.5 km from Jermuk.',
  }),
  'goris-kapan-2022': timeline(AM_SSR_BORDER, {
    controller: 'AZ',
    from: '2022-09-13',
    sources: [
      'turan-asryan-jermuk-2022',
      'irates-2025-anniversary',
      'tatoyan-nerkin-hand-2024',
      'reporter-mod-nerkin-hand',
    ],
    confidence: 'low',
    note:
      'The positions around Nerkin Hand, south-east of Kapan: about 0.6 km inside Armenia ' +
      'from spring 2021 (Armenian defence ministry), a further 1-1.5 km on 13-14 Sep 2022 ' +
      '(the chief of the general staff); 2,700 ha of the village land held by 2024, the ' +
      'farthest position about 2 km in (Tatoyan Foundation). Drawn whole from 13 Sep 2022. ' +
      'Goris and Kapan were shelled; no report read names a position taken towards Goris.',
  }),
  'corridor-shusha': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-09',
      sources: [
        'enwiki-battle-shusha-1992',
        'ctl-turan-shusha-1992-anniversary',
        'ctl-armenianchurch-uk-shushi',
      ],
      confidence: 'high',
      note: 'Taken with Shusha (assault on the evening of 8 May 1992, completed 9 May).',
    },
    {
      controller: 'AZ',
      from: '2020-11-08',
      sources: ['alarabiya-shusha-2020'],
      confidence: 'medium',
      note: 'Taken with Shusha on 8 Nov 2020.',
    },
    {
      ...RU_PKF_2020,
      note:
        'The corridor road below Shusha, connecting Stepanakert with the Lachin corridor, ' +
        'under the Russian peacekeepers from 10 Nov 2020; the Azerbaijani "eco-activist" ' +
        'blockade at the Shusha-Dashalty junction ran from 12 Dec 2022 to 30 Sep 2023.',
    },
    AZ_2023,
  ),
  khojaly: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-02-26',
      sources: [
        'ltwiki-khojaly',
        'ctl-trend-pk-senate-khojaly-2012',
        'ctl-garabagh-memorial-khojaly-1992',
      ],
      confidence: 'high',
      note: 'Captured by Armenian forces on 25-26 Feb 1992; one source gives 25 Feb.',
    },
    DISARMAMENT_2023,
    AZ_2023,
  ),
  shusha: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-09',
      sources: [
        'enwiki-battle-shusha-1992',
        'ctl-turan-shusha-1992-anniversary',
        'ctl-armenianchurch-uk-shushi',
      ],
      confidence: 'high',
      note: 'Assault on the evening of 8 May 1992, completed on 9 May.',
    },
    {
      controller: 'AZ',
      from: '2020-11-08',
      sources: ['alarabiya-shusha-2020'],
      confidence: 'high',
      note:
        'Announced by Aliyev on 8 Nov 2020; the Armenian MoD denied it that day and the ' +
        'Artsakh spokesman confirmed the loss on 9 Nov.',
    },
  ),
  hadrut: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-10-02',
      sources: ['war-trend-hadrut-2020', 'nkrusa-declaration'],
      confidence: 'low',
      note:
        "The only dated report read is Azerbaijan's defence ministry (2020): the Hadrut " +
        'settlement was taken by Armenian forces on 2 Oct 1992. The other reading dates ' +
        'Armenian control of this Armenian-majority district like the rest of the former ' +
        'oblast, to the declaration of independence of 6 Jan 1992 (NKR office in the USA); no ' +
        'report of the district in 1992 was found, so both dates are uncertain.',
    },
    NKR_CEASEFIRE_1994,
    {
      controller: 'AZ',
      from: '2020-10-09',
      precision: 'announced',
      sources: [
        'newsaz-hadrut-2020',
        'iswnews-hadrut-2020',
        'ctl-hyetert-hadrut-denial-2020',
        'ctl-almasdar-hadrut-2020',
        'war-zartonk-hin-tagher-2020',
      ],
      confidence: 'medium',
      note:
        'Hadrut town: announced by Azerbaijan on 9 Oct 2020, denied by Armenia on 10 Oct. The ' +
        'rest of the southern NKAO was taken between 9 Oct and 9 Nov; the zone uses the town ' +
        'date. The Armenian-held villages Hin Tagher and Khtsaberd came under Azerbaijani ' +
        'control only after fighting on 12 Dec 2020, after the ceasefire (their mayors, via ' +
        'Zartonk Media); they are drawn as their own pocket.',
    },
  ),
  'talish-heights': timeline(AZ_SSR, NKR_1992, AZ_GORANBOY, NKR_TALISH_1994, {
    controller: 'AZ',
    from: '2016-04-02',
    confidence: 'medium',
    sources: ['wikimili-2016-conflict', 'fr-azvision-2016', 'ipfs-talish', 'ctl-afp-lalatepe-2016'],
    note:
      'Heights near Talish taken in the fighting of 1(2)-5 Apr 2016 (ceasefire 5 Apr 12:00); ' +
      'Azerbaijan says all heights around the village, Armenia only some posts. Azerbaijan ' +
      'also announced Seysulan, which Armenia denied and a 2021 BBC report placed under ' +
      'Armenian control; not modelled.',
  }),
  'martakert-east': timeline({
    ...AZ_SSR,
    sources: ['ipfs-nkr-admin-divisions', 'enwiki-bishkek-protocol'],
    confidence: 'medium',
    note:
      'The eastern edge of Martakert district stayed Azerbaijani-held through the first war ' +
      'and 1994-2020 (about 400 of 1,705 km²).',
  }),
  'martuni-east': timeline({
    ...AZ_SSR,
    sources: ['ipfs-nkr-admin-divisions', 'enwiki-bishkek-protocol'],
    confidence: 'medium',
    note: 'The eastern edge of Martuni district stayed Azerbaijani-held through 1994-2020.',
  }),
  sugovushan: timeline(AZ_SSR, NKR_1992, AZ_GORANBOY, NKR_TALISH_1994, {
    controller: 'AZ',
    from: '2020-10-03',
    sources: ['azernews-2020-10-03', 'ctl-ap-madagiz-2020'],
    confidence: 'medium',
    note: 'Sugovushan (Madagiz) announced taken on 3 Oct 2020; Talish fell in the same days.',
  }),
  'martakert-west': timeline(AZ_SSR, NKR_1992, AZ_GORANBOY, NKR_MARTAKERT_1993, DISARMAMENT_2023, {
    ...AZ_2023,
    note:
      'Not handed over with Soviet-era Kalbajar on 25 Nov 2020: the statement of 10 Nov 2020 ' +
      'returned the Kalbajar district and left the line of contact in Nagorno-Karabakh to the ' +
      'peacekeepers, so this part stayed with the NKR until 2023. ' +
      (AZ_2023.note ?? ''),
    sources: [...AZ_2023.sources, 'am-pm-trilateral-statement-2020', 'ev-kavkaz-kalbajar'],
  }),
  martakert: timeline(AZ_SSR, NKR_1992, AZ_GORANBOY, NKR_MARTAKERT_1993, DISARMAMENT_2023, {
    ...AZ_2023,
    from: '2023-09-22',
    confidence: 'low',
    note:
      'This zone changes on 22 Sep 2023, before the rest of the former oblast, the day ' +
      "Azerbaijan's interior ministry said the whole territory was under control. Low: the " +
      'report read that Martakert (Aghdara) itself was under Azerbaijani control that day ' +
      '(Turan, 22 Sep 2023) could not be cited, because its headline could not be seen. ' +
      (AZ_2023.note ?? ''),
  }),
  'nkao-core': timeline(AZ_SSR, NKR_1992, NKR_CEASEFIRE_1994, DISARMAMENT_2023, AZ_2023),
  'corridor-shusha-west': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-09',
      sources: [
        'enwiki-battle-shusha-1992',
        'ctl-turan-shusha-1992-anniversary',
        'ctl-armenianchurch-uk-shushi',
      ],
      confidence: 'high',
      note: 'Taken with Shusha (assault on the evening of 8 May 1992, completed 9 May).',
    },
    {
      controller: 'AZ',
      from: '2020-11-08',
      sources: ['alarabiya-shusha-2020'],
      confidence: 'medium',
      note: 'Taken with Shusha on 8 Nov 2020.',
    },
    RU_PKF_2020,
    {
      ...AZ_LACHIN_2022,
      confidence: 'medium',
      note:
        'Left the corridor when it moved to the new road on 26 Aug 2022. ' +
        (AZ_LACHIN_2022.note ?? ''),
    },
  ),
  'corridor-hin-shen': timeline(
    AZ_SSR,
    NKR_1992,
    {
      controller: 'RU-PKF',
      from: '2022-08-26',
      sources: ['azernews-lachin-2022', 'dailysabah-lachin-2022', 'ctl-russian7-lachin-2022'],
      confidence: 'low',
      note:
        'Part of the new corridor road from 26 Aug 2022; before that these Armenian villages ' +
        'stayed NKR-held after the 2020 war. Geometry schematic.',
    },
    AZ_2023,
  ),
  'lachin-corridor-shared': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-18',
      sources: ['westernarmeniatv-berdzor', 'qarabag-lachin'],
      confidence: 'high',
      note: 'Lachin district taken on 17-18 May 1992.',
    },
    {
      ...RU_PKF_2020,
      note:
        'Part of the corridor on both its 2020-2022 and its post-August-2022 route, so under ' +
        'the peacekeepers from 10 Nov 2020 until the end of NKR control. ' +
        (RU_PKF_2020.note ?? ''),
    },
    {
      ...AZ_2023,
      sources: [
        ...AZ_2023.sources,
        'when-lachin-corridor-hakari',
        'ctl-tribune-reuters-hakari-2023',
        'ctl-mirrorspectator-hakari-2023',
      ],
    },
  ),
  'lachin-corridor-2020': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-18',
      sources: ['westernarmeniatv-berdzor', 'qarabag-lachin'],
      confidence: 'high',
      note: 'Lachin taken on 18 May 1992 (operation of 17-18 May; one encyclopedia article says 15 May).',
    },
    RU_PKF_2020,
    AZ_LACHIN_2022,
  ),
  'lachin-corridor-2022': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-18',
      sources: ['westernarmeniatv-berdzor', 'qarabag-lachin'],
      confidence: 'high',
    },
    {
      controller: 'AZ',
      from: '2020-12-01',
      sources: ['tass-lachin-2020', 'yjc-lachin-2020'],
      confidence: 'high',
      note: 'Handed over with Lachin district on 1 Dec 2020.',
    },
    {
      controller: 'RU-PKF',
      from: '2022-08-26',
      sources: ['azernews-lachin-2022', 'dailysabah-lachin-2022', 'ctl-russian7-lachin-2022'],
      confidence: 'low',
      note:
        'The corridor moved to the new road on 26 Aug 2022 (an encyclopedia article says the ' +
        'new route opened four days after the old one closed). Azerbaijan set up a checkpoint at ' +
        'its Armenian end (Hakari bridge) on 23 Apr 2023; the road itself stays coded as ' +
        'peacekeeper-controlled until the end of the NKR. The geometry of the new road is ' +
        'schematic.',
    },
    {
      ...AZ_2023,
      sources: [
        ...AZ_2023.sources,
        'when-lachin-corridor-hakari',
        'ctl-tribune-reuters-hakari-2023',
        'ctl-mirrorspectator-hakari-2023',
      ],
    },
  ),
  lachin: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1992-05-18',
      sources: ['westernarmeniatv-berdzor', 'qarabag-lachin'],
      confidence: 'high',
      note: 'Lachin district taken on 17-18 May 1992.',
    },
    {
      controller: 'AZ',
      from: '2020-12-01',
      sources: ['tass-lachin-2020', 'yjc-lachin-2020', 'ctl-icma-lachin-2024'],
      confidence: 'high',
      note:
        'Handed over on 1 Dec 2020 under the 10 Nov statement, except the corridor. The ' +
        'southern part of the district was taken in fighting in late Oct-Nov 2020 (an ' +
        'Azerbaijani count has three of its villages taken in the war, not named); not drawn ' +
        'separately.',
    },
  ),
  kalbajar: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-04-03',
      sources: [
        'enwiki-battle-kalbajar',
        'ctl-roanoke-ap-kelbajar-1993',
        'ctl-latimes-ap-kelbajar-1993',
      ],
      confidence: 'high',
      note:
        'Battle of 27 Mar - 3 Apr 1993. AP, citing Azerbaijani officials, reported on 5 Apr that ' +
        'the town fell late on 3 Apr; an AP report of 2 Apr said it fell late on 1 Apr, and some ' +
        'Azerbaijani lists give 2 Apr.',
    },
    {
      controller: 'AZ',
      from: '2020-11-25',
      sources: ['cknot-kalbajar-2020'],
      confidence: 'high',
      note: 'Handed over on 25 Nov 2020 (postponed from 15 Nov), within its Soviet-era borders only.',
    },
  ),
  shahumyan: timeline(
    AZ_SSR,
    {
      ...NKR_1992,
      sources: ['armenianprelacy-declaration', 'nkrusa-declaration'],
      note:
        'The Shahumyan district council joined the proclamation of the NKR on 2 Sep 1991; ' +
        'dated like the NKAO (month precision).',
    },
    {
      controller: 'AZ',
      from: '1992-06-13',
      sources: ['wikimili-goranboy', 'ipfs-nkr-admin-divisions', 'ctl-baltimoresun-goranboy-1992'],
      confidence: 'medium',
      note:
        'Main thrust of Operation Goranboy from 13 Jun 1992; the NKR claimed the district ' +
        'afterwards but never held it again.',
    },
  ),
  agdam: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-07-23',
      sources: [
        'enwiki-battle-aghdam',
        'ctl-latimes-agdam-1993',
        'ctl-independent-reuter-agdam-1993',
      ],
      confidence: 'high',
      note: 'Battle of 12 Jun - 23 Jul 1993.',
    },
    {
      controller: 'AZ',
      from: '2020-11-20',
      sources: ['dailyasianage-agdam-2020', 'newsaz-agdam-2020'],
      confidence: 'high',
      note: 'Handed over on 20 Nov 2020 (the part outside the former NKAO).',
    },
  ),
  lalatapa: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-23',
      sources: ['armenianclub-fuzuli-jabrayil-1993'],
      confidence: 'low',
      note:
        'Taken with Jabrayil district in August 1993 (day of the hill not known). An ' +
        'encyclopedia article (Lalatapa) says instead that Armenian troops seized the hill after ' +
        'fighting on 11-12 Feb 1994; no report of either date was found.',
    },
    {
      controller: 'AZ',
      from: '2016-04-02',
      sources: [
        'ipfs-lalatapa',
        'kiwix-chocuq-marjanli',
        'wikimili-2016-conflict',
        'ctl-afp-lalatepe-2016',
      ],
      confidence: 'medium',
      note:
        'Taken by Azerbaijani forces in the fighting of 1(2)-5 Apr 2016; the exact day within ' +
        'that span is not known.',
    },
  ),
  'chocuq-marjanli': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-23',
      sources: ['kiwix-chocuq-marjanli', 'armenianclub-fuzuli-jabrayil-1993'],
      confidence: 'low',
      note: 'Held by Armenian forces for about four months in 1993; start dated with Jabrayil.',
    },
    {
      controller: 'AZ',
      from: '1994-01-06',
      sources: ['war-apatv-horadiz-2015', 'ap-horadiz-1994'],
      confidence: 'medium',
      note: 'Retaken in the Horadiz operation (Dec 1993 - 6 Jan 1994).',
    },
  ),
  horadiz: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-10-24',
      sources: ['plwiki-horadiz', 'ukwiki-horadiz', 'ctl-nyt-goradiz-1993'],
      confidence: 'low',
      note:
        'Taken by Armenian forces on 23-24 Oct 1993 (encyclopedia articles). Reports disagree: ' +
        'on 4-5 Sep 1993 the Azerbaijani defence ministry said Armenian forces had captured ' +
        'Goradiz, which a Karabakh spokesman denied (New York Times, Los Angeles Times); ' +
        'Human Rights Watch (World Report 1994) speaks of "the September 27 Armenian seizure ' +
        'of Gorodiz". The start of this period is uncertain by up to seven weeks.',
    },
    {
      controller: 'AZ',
      from: '1994-01-06',
      sources: ['war-apatv-horadiz-2015', 'ap-horadiz-1994'],
      confidence: 'high',
      note: 'Entered by Azerbaijani forces on 5-6 Jan 1994 (reported by AP on 7 Jan).',
    },
  ),
  fuzuli: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-23',
      sources: [
        'armenianclub-fuzuli-jabrayil-1993',
        'vestikavkaza-fuzuli-jabrayil-1993',
        'ctl-nyt-fizuli-1993',
      ],
      confidence: 'high',
    },
    {
      controller: 'AZ',
      from: '2020-10-17',
      precision: 'announced',
      sources: ['war-zefer-fuzuli-2020', 'war-apa-aghband-2021'],
      confidence: 'high',
      note:
        'Fuzuli city announced taken on 17 Oct 2020; villages of the district were announced ' +
        'in the following weeks (Mollavali and Yukhari and Ashagi Rafidinli on 22 Oct, APA), ' +
        'so parts of the zone changed later than the town.',
    },
  ),
  'fuzuli-1994': timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-23',
      sources: ['armenianclub-fuzuli-jabrayil-1993', 'factinfo-fuzuli-1993'],
      confidence: 'low',
      note: 'Most of Fuzuli district was taken on 23 Aug 1993 (AZERTAC: over 90%).',
    },
    {
      controller: 'AZ',
      from: '1994-01-06',
      sources: ['war-apatv-horadiz-2015', 'ap-horadiz-1994'],
      confidence: 'medium',
      note: 'Retaken in the Horadiz operation (about 21,000 ha in all).',
    },
  ),
  jabrayil: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-23',
      sources: ['armenianclub-fuzuli-jabrayil-1993', 'vestikavkaza-fuzuli-jabrayil-1993'],
      confidence: 'high',
      note:
        'Azerbaijani official dating; one encyclopedia article says 25 Aug 1993, and a ' +
        "Guardian report of 20 Aug 1993 quoted Azerbaijan's defence ministry that Jabrayil " +
        'fell on the night of 18 Aug.',
    },
    {
      controller: 'AZ',
      from: '2020-10-04',
      precision: 'announced',
      sources: [
        'azernews-2020-10-03',
        'ctl-azernews-jabrayil-2020',
        'ctl-agenzianova-jabrayil-2020',
      ],
      confidence: 'medium',
      note:
        'Jabrayil city announced taken on 4 Oct 2020; Armenia disputed it for some days, and ' +
        'the villages of the district were taken over the following weeks.',
    },
  ),
  qubadli: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-08-31',
      sources: ['ctl-azvision-gubadli-2021', 'newsaz-gubadli'],
      confidence: 'high',
    },
    {
      controller: 'AZ',
      from: '2020-10-25',
      precision: 'announced',
      sources: ['ctl-azvision-gubadli-2021', 'dewiki-qubadli', 'ctl-almasdar-qubadli-2020'],
      confidence: 'high',
      note:
        'Announced by Aliyev on 25 Oct 2020; some outlets report 26 Oct. The zone changes ' +
        'with the town; villages of the district were announced in the following days.',
    },
  ),
  zangilan: timeline(
    AZ_SSR,
    {
      controller: 'NKR',
      from: '1993-10-29',
      sources: ['reportaz-zangilan-1993', 'azernews-zangilan-1993', 'ctl-latimes-zangilan-1993'],
      confidence: 'medium',
      note: 'Sources give 29 Oct (most), 30 Oct or 1 Nov 1993.',
    },
    {
      controller: 'AZ',
      from: '2020-10-20',
      precision: 'announced',
      sources: ['cknot-zangilan-2020', 'ctl-anews-zangilan-2020', 'war-apa-aghband-2021'],
      confidence: 'high',
      note:
        'Zangilan city announced taken on 20 Oct 2020; Aghband and other villages of the ' +
        'district on 22 Oct (APA), so parts of the zone changed later than the town.',
    },
  ),
  'upper-kodori': timeline(
    {
      ...GE_ABKHAZ_ASSR,
      note:
        'Georgian-held after 1993 (loosely, under a local militia until the Georgian police ' +
        'operation of July 2006, then as "Upper Abkhazia").',
      sources: ['piglix-upper-kodori', 'eurasianet-kodori-2008'],
    },
    {
      controller: 'ABK',
      from: '2008-08-12',
      sources: ['eurasianet-kodori-2008', 'nizkor-civilge-kodori-2008'],
      confidence: 'high',
      note: 'Abkhaz forces took the upper gorge on 12 Aug 2008 after a three-day operation.',
    },
  ),
  gagra: timeline(GE_ABKHAZ_ASSR, {
    controller: 'ABK',
    from: '1992-10-06',
    sources: ['enwiki-battle-gagra'],
    confidence: 'high',
    note: 'Battle of Gagra, 1-6 Oct 1992; Georgian forces had held Gagra since August 1992.',
  }),
  gudauta: timeline(GE_ABKHAZ_ASSR, {
    controller: 'ABK',
    from: '1992-08-14',
    sources: ['agenda-ge-sukhumi-2014', 'enwiki-battle-gagra'],
    confidence: 'medium',
    note:
      'The war began on 14 Aug 1992; the Abkhaz leadership held the Gudauta area throughout ' +
      'it. Before the war the region was under the Abkhaz ASSR authorities within Georgia.',
  }),
  sukhumi: timeline(GE_ABKHAZ_ASSR, {
    controller: 'ABK',
    from: '1993-09-27',
    sources: [
      'enwiki-battle-sukhumi-1993',
      'agenda-ge-sukhumi-2014',
      'frontnews-sukhumi-2024',
      'ctl-roanoke-ap-sukhumi-1993',
      'ctl-latimes-sukhumi-1993',
      'ctl-factsonfile-abkhazia-1993',
    ],
    confidence: 'high',
    note: 'Sukhumi fell on 27 Sep 1993 after the offensive that began on 16 Sep.',
  }),
  ochamchire: timeline(GE_ABKHAZ_ASSR, {
    controller: 'ABK',
    from: '1993-09-29',
    sources: ['frontnews-sukhumi-2024'],
    confidence: 'medium',
    note: 'Ochamchire fell on 29 Sep 1993 (Tkvarcheli was held by Abkhaz forces throughout).',
  }),
  gali: timeline(GE_ABKHAZ_ASSR, {
    controller: 'ABK',
    from: '1993-09-30',
    sources: ['frontnews-sukhumi-2024', 'agenda-ge-sukhumi-2014', 'ctl-factsonfile-abkhazia-1993'],
    confidence: 'high',
    note: 'Abkhaz and allied forces reached the Inguri on 30 Sep 1993.',
  }),
  akhalgori: timeline(
    {
      ...GE_SSR,
      sources: ['voa-akhalgori-2008', 'ipfs-akhalgori'],
      note: 'Georgian-administered from independence until August 2008.',
    },
    {
      controller: 'OSS',
      from: '2008-08-15',
      sources: ['guardian-akhalgori-2008', 'voa-akhalgori-2008'],
      confidence: 'medium',
      note:
        'Russian and South Ossetian forces entered Akhalgori on the evening of 15 Aug 2008 ' +
        '(The Guardian, an eyewitness); VOA gives 17 Aug.',
    },
  ),
  'liakhvi-villages': timeline(
    {
      ...GE_SSR,
      sources: ['enwiki-south-ossetia-war-1991'],
      note: 'Georgian-held villages after the 1991-1992 war left South Ossetia divided.',
    },
    {
      controller: 'OSS',
      from: '2008-08-10',
      sources: [
        'enwiki-battle-tskhinvali-2008',
        'talkdob-russo-georgian-war',
        'ctl-cnn-tskhinvali-2008',
        'ctl-welt-ap-south-ossetia-2008',
        'ctl-guardian-tskhinvali-2008',
      ],
      confidence: 'medium',
      note:
        'Georgian troops withdrew from Tskhinvali on 10 Aug 2008 and Georgia said that day ' +
        'that they had left South Ossetia (AP: "on Sunday had fully pulled out"; The ' +
        'Guardian); an encyclopedia account has the withdrawal complete by 11 Aug. The ' +
        'villages were then held by South Ossetian and Russian forces.',
    },
  ),
  'south-ossetia': timeline(
    GE_SSR,
    {
      controller: 'OSS',
      from: '1991-01-05',
      precision: 'month',
      sources: ['enwiki-south-ossetia-war-1991'],
      confidence: 'low',
      note:
        'The war began on 5 Jan 1991 and ended with the Dagomys (Sochi) agreement of 24 Jun ' +
        '1992, which left South Ossetia divided; we date Ossetian control of Tskhinvali and ' +
        'the north to the start of the war (month precision). That is the start of the ' +
        'fighting, not a reported change of control: Georgian forces entered Tskhinvali on ' +
        'the night of 5-6 Jan 1991 and the town stayed divided for some weeks; no report read ' +
        'gives the day Ossetian control of the zone began.',
    },
    {
      controller: 'OSS',
      from: '2008-08-10',
      sources: [
        'enwiki-battle-tskhinvali-2008',
        'guardian-akhalgori-2008',
        'ctl-cnn-tskhinvali-2008',
        'ctl-welt-ap-south-ossetia-2008',
        'ctl-guardian-tskhinvali-2008',
      ],
      confidence: 'high',
      note:
        'After the August 2008 war the whole of the former South Ossetian autonomous oblast ' +
        'came under Ossetian (and Russian) control; only the 1991-1992 start of Ossetian control ' +
        'of this zone is uncertain.',
    },
  ),
};
