import { describe, expect, it } from 'vitest';
import { type RelationsData, relationsIndexOf } from '../domain/relations';
import type { ControlPeriodProperties } from '../domain/types';
import {
  type ControlFeature,
  controlCsvOn,
  controlGeoJsonOn,
  downloadName,
  relationsCsvOn,
} from './downloads';

function period(
  zone: string,
  controller: ControlPeriodProperties['controller'],
  from: string,
  to: string | null,
): ControlFeature {
  return {
    type: 'Feature',
    properties: {
      id: `${zone}@${from}`,
      zone,
      name: zone === 'lachin' ? 'Lachin, corridor' : zone,
      names: {},
      controller,
      from,
      to,
      datePrecision: { from: 'day', to: to === null ? null : 'day' },
      sources: ['src-a', 'src-b'],
      confidence: 'high',
    },
    geometry: { type: 'Point', coordinates: [46, 40] },
  };
}

const FEATURES = [
  period('shusha', 'AZ', '1988-01-01', '1992-05-08'),
  period('shusha', 'NKR', '1992-05-08', '2020-11-08'),
  period('shusha', 'AZ', '2020-11-08', null),
  period('lachin', 'NKR', '1992-05-18', '2020-12-01'),
  period('lachin', 'AZ', '2020-12-01', null),
];

describe('the day’s control, for download', () => {
  it('keeps exactly the periods whose [from, to) contains the day', () => {
    const onChange = JSON.parse(controlGeoJsonOn(FEATURES, '2020-11-08')) as {
      type: string;
      day: string;
      features: ControlFeature[];
    };
    expect(onChange.type).toBe('FeatureCollection');
    expect(onChange.day).toBe('2020-11-08');
    expect(onChange.features.map((f) => f.properties.id)).toEqual([
      'shusha@2020-11-08',
      'lachin@1992-05-18',
    ]);
    // The day before the change is still the old period (to is exclusive).
    const before = JSON.parse(controlGeoJsonOn(FEATURES, '2020-11-07')) as {
      features: ControlFeature[];
    };
    expect(before.features.map((f) => f.properties.id)).toContain('shusha@1992-05-08');
    expect(before.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [46, 40] });
  });

  it('writes one CSV row per zone held that day, sorted by zone, quoting where needed', () => {
    expect(controlCsvOn(FEATURES, '2020-11-30')).toBe(
      'zone,name,controller,from,to_exclusive,confidence,sources\r\n' +
        'lachin,"Lachin, corridor",NKR,1992-05-18,2020-12-01,high,src-a src-b\r\n' +
        'shusha,shusha,AZ,2020-11-08,,high,src-a src-b\r\n',
    );
    // Before Lachin's first period only Shusha has a row.
    expect(controlCsvOn(FEATURES, '1990-01-01').split('\r\n')).toHaveLength(3);
  });

  it('names files by what and which day', () => {
    expect(downloadName('control', '2020-11-10', 'csv')).toBe(
      'caucasus-atlas-control-2020-11-10.csv',
    );
  });
});

const RELATIONS: RelationsData = {
  countries: [
    { code: 'AM', name: 'Armenia', independence: '1991-09-21', sources: ['s'] },
    { code: 'RU', name: 'Russia', independence: null, sources: ['s'] },
    { code: 'TR', name: 'Türkiye', independence: null, sources: ['s'] },
    { code: 'PK', name: 'Pakistan', independence: null, sources: ['s'] },
  ],
  relations: [
    {
      a: 'AM',
      b: 'RU',
      status: 'relations',
      from: '1992-04-03',
      to: '1997-08-29',
      datePrecision: 'day',
      diplomaticRelations: true,
      sources: ['r1'],
      confidence: 'high',
    },
    {
      a: 'RU',
      b: 'AM',
      status: 'alliance',
      from: '1997-08-29',
      to: null,
      datePrecision: 'day',
      diplomaticRelations: true,
      sources: ['r2', 'r3'],
      confidence: 'high',
      note: 'Treaty of friendship, "cooperation and mutual assistance"',
    },
    {
      a: 'PK',
      b: 'AM',
      status: 'non-recognition',
      from: '1991-12-26',
      to: null,
      datePrecision: 'day',
      diplomaticRelations: false,
      sources: ['p1'],
      confidence: 'high',
      notRecognisedBy: 'PK',
    },
  ],
  rules: [],
  entities: [],
  recognitions: [],
  statusOrder: [
    'non-recognition',
    'no-relations',
    'relations',
    'strategic-partnership',
    'alliance',
  ],
};

describe('the focus country’s relations on the day, for download', () => {
  const index = relationsIndexOf(RELATIONS);

  it('has a row for every other followed state, the period in force or why there is none', () => {
    expect(relationsCsvOn(index, 'AM', '2020-11-10')).toBe(
      'country,other,other_name,status,not_recognised_by,diplomatic_relations,from,to_exclusive,confidence,sources,note\r\n' +
        'AM,RU,Russia,alliance,,true,1997-08-29,,high,r2 r3,"Treaty of friendship, ""cooperation and mutual assistance"""\r\n' +
        'AM,TR,Türkiye,no-data,,,,,,,\r\n' +
        'AM,PK,Pakistan,non-recognition,PK,false,1991-12-26,,high,p1,\r\n',
    );
  });

  it('takes the period that holds on the day, the end day excluded', () => {
    const lines = relationsCsvOn(index, 'AM', '1997-08-28').split('\r\n');
    expect(lines[1]).toBe('AM,RU,Russia,relations,,true,1992-04-03,1997-08-29,high,r1,');
    expect(relationsCsvOn(index, 'AM', '1990-01-01').split('\r\n')[1]).toBe(
      'AM,RU,Russia,not-independent,,,,,,,',
    );
  });
});
