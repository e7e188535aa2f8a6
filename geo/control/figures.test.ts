/**
 * The reference figures: how ours are measured, checked against accepted ranges, and rendered
 * as the README table between its markers.
 */
import { describe, expect, it } from 'vitest';
import type { ControlPeriodProperties } from '../../src/lib/domain/types';
import {
  TABLE_END,
  TABLE_START,
  checkAccepted,
  checkFigureDefinitions,
  figureRow,
  figuresTable,
  measure,
  summaryRows,
  withFiguresTable,
  type Measured,
  type ReferenceFigure,
} from './figures';
import type { PeriodFeature } from './validate';

function period(zone: string, controller: string, from: string, to: string | null): PeriodFeature {
  const properties = {
    id: `${zone}@${from}`,
    zone,
    controller,
    from,
    to,
  } as unknown as ControlPeriodProperties;
  return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [] } };
}

// Two zones in Azerbaijan and one in Armenia; "hill" changes hands on 2016-04-02.
const M: Measured = {
  zoneKm2: new Map([
    ['core', 100],
    ['hill', 10],
    ['strip', 5],
  ]),
  zoneState: new Map([
    ['core', 'AZ'],
    ['hill', 'AZ'],
    ['strip', 'AM'],
  ]),
  outlineKm2: new Map([['nkao', 4000]]),
  features: [
    period('core', 'NKR', '1988-01-01', null),
    period('hill', 'NKR', '1988-01-01', '2016-04-02'),
    period('hill', 'AZ', '2016-04-02', null),
    period('strip', 'AM', '1988-01-01', '2021-05-12'),
    period('strip', 'AZ', '2021-05-12', null),
  ],
};

const figure = (f: Partial<ReferenceFigure>): ReferenceFigure => ({
  measure: 'test',
  ours: { zones: ['core'] },
  published: [100],
  kind: 'values',
  sources: [],
  ...f,
});

describe('measure', () => {
  it('measures an outline, a sum of zones, and what a controller held on a day', () => {
    expect(measure(M, { outline: 'nkao' })).toBe(4000);
    expect(measure(M, { zones: ['core', 'hill'] })).toBe(110);
    expect(measure(M, { heldBy: 'NKR', on: '2016-04-01' })).toBe(110);
    expect(measure(M, { heldBy: 'NKR', on: '2016-04-02' })).toBe(100);
  });
  it('restricts to a state and subtracts what was held on `since`', () => {
    expect(measure(M, { heldBy: 'AZ', on: '2021-06-01' })).toBe(15);
    expect(measure(M, { heldBy: 'AZ', on: '2021-06-01', inState: 'AM' })).toBe(5);
    expect(measure(M, { heldBy: 'AZ', on: '2021-06-01', since: '2016-06-01' })).toBe(5);
  });
  it('sums each controller on each date for the summary', () => {
    const [row] = summaryRows(M, ['2021-06-01']);
    expect(row?.km2.NKR).toBe(100);
    expect(row?.km2.AZ).toBe(15);
    expect(row?.km2.AM).toBe(0);
  });
});

describe('checks', () => {
  it('fail a figure outside its accepted range and pass one inside', () => {
    expect(checkAccepted([figure({ accept: { min: 90, max: 110 } })], M)).toEqual([]);
    expect(checkAccepted([figure({ accept: { min: 101, max: 110 } })], M)).toEqual([
      'test: 100.0 km² is outside [101, 110]',
    ]);
    expect(checkAccepted([figure({ accept: { min: 50, max: 99 } })], M)).toHaveLength(1);
  });
  it('report unknown zones, outlines and sources, and a range without two values', () => {
    const problems = checkFigureDefinitions(
      [
        figure({ ours: { zones: ['nowhere'] } }),
        figure({ ours: { outline: 'atlantis' } }),
        figure({ sources: ['invented'] }),
        figure({ kind: 'range', published: [1] }),
      ],
      new Map(),
      M,
    ).join('\n');
    expect(problems).toMatch(/figure 0 \(test\): unknown zone nowhere/);
    expect(problems).toMatch(/figure 1 \(test\): unknown outline atlantis/);
    expect(problems).toMatch(/figure 2 \(test\): unknown source id "invented"/);
    expect(problems).toMatch(/figure 3 \(test\): a range needs two published values/);
  });
});

describe('the README table', () => {
  it('gives each figure its computed value, published values, sources and difference', () => {
    expect(figureRow(figure({ published: [4388], sources: ['a'] }), 4364.2)).toEqual([
      'test',
      '4,364 km²',
      '4,388 km²',
      '`a`',
      '-0.5%',
    ]);
    expect(figureRow(figure({ kind: 'range', published: [139, 225] }), 167)[4]).toBe('within');
    expect(figureRow(figure({ kind: 'range', published: [40, 45] }), 50)[4]).toBe('+11.1%');
    expect(figureRow(figure({ published: [] }), 6.44)).toEqual([
      'test',
      '6.4 km²',
      'none',
      '(none yet)',
      '',
    ]);
  });
  it('is aligned Markdown', () => {
    expect(figuresTable([['a', 'b', 'c', 'd', 'e']]).split('\n')).toEqual([
      '| measure | computed | published | sources | difference |',
      '| ------- | -------- | --------- | ------- | ---------- |',
      '| a       | b        | c         | d       | e          |',
    ]);
  });
  it('replaces only the text between the markers', () => {
    const readme = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(withFiguresTable(readme, 'new')).toBe(
      `intro\n${TABLE_START}\n\nnew\n\n${TABLE_END}\noutro\n`,
    );
    expect(() => withFiguresTable('no markers', 'new')).toThrow(/lacks the markers/);
  });
});
