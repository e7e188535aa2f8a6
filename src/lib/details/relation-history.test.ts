import { describe, expect, it } from 'vitest';
import { detailsOf } from './index';
import { index, options } from './test-fixture';

const country = (id: string) => ({ kind: 'country', id }) as const;

describe('relation with the focus country', () => {
  it('gives the relation history with the focus country', () => {
    const before = detailsOf(country('AM'), index, options('2020-01-01', { focus: 'PK' }))!;
    expect(before.relation?.focusName).toBe('Pakistan');
    expect(before.relation?.now?.text).toBe('On this day: Pakistan did not recognise Armenia.');
    expect(before.relation?.segments.map((s) => s.status)).toEqual([
      'non-recognition',
      'relations',
    ]);
    expect(before.relation?.segments.map((s) => s.current)).toEqual([true, false]);
    expect(before.relation?.segments[0]?.period).toBe('21 September 1991 – 30 August 2025');
    // 1991-09-21 is 1,359 days into the 13,788-day range; the open period runs to the end.
    expect(before.relation?.segments[0]?.start).toBeCloseTo(1359 / 13788, 6);
    expect(before.relation?.segments[1]?.end).toBe(1);
    const after = detailsOf(country('AM'), index, options('2025-09-15', { focus: 'PK' }))!;
    expect(after.relation?.now?.sources).toEqual(['src-tianjin']);
    expect(after.relation?.now?.text).toBe(
      'On this day: Armenia and Pakistan: diplomatic relations.',
    );
  });

  it('says a state was not yet independent, from its record', () => {
    const early = detailsOf(country('AM'), index, options('1990-01-01', { focus: 'PK' }))!;
    expect(early.relation?.now?.text).toBe(
      'On this day Armenia was not yet independent (independent from 21 September 1991).',
    );
    expect(early.relation?.now?.sources).toEqual(['src-am-ind']);
  });

  it('falls back on the world recognition rule for states the pairs do not follow', () => {
    const d = detailsOf(country('US'), index, options('2020-01-01', { focus: 'AM' }))!;
    expect(d.relation?.segments).toEqual([]);
    expect(d.relation?.now?.text).toBe(
      'On this day United States recognised Armenia (diplomatic relations between the two are not followed in this atlas).',
    );
    expect(d.relation?.now?.sources).toEqual(['src-rule']);
    // The rule ends on 2025-08-31 in the fixture: nothing is claimed after it.
    expect(
      detailsOf(country('US'), index, options('2025-09-15', { focus: 'AM' }))!.relation,
    ).toBeNull();
  });

  it('has no relation section without a focus or for the focus itself', () => {
    expect(detailsOf(country('AM'), index, options('2020-01-01'))!.relation).toBeNull();
    expect(
      detailsOf(country('PK'), index, options('2020-01-01', { focus: 'PK' }))!.relation,
    ).toBeNull();
  });
});
