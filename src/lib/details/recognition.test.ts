import { describe, expect, it } from 'vitest';
import { hoverText } from '../domain/hover';
import { toDay } from '../time/days';
import { citedSources, detailsOf } from './index';
import { index, options } from './test-fixture';

// The fixture: Abkhazia recognised by Pakistan from 26 August 2008 and by the United States from
// 18 September 2011 until its withdrawal on 31 March 2014; the NKR recognised by none.
const country = (id: string) => ({ kind: 'country', id }) as const;
const abk = (iso: string) => options(iso, { focus: 'ABK' });

describe('recognition section with an entity in focus', () => {
  it('says what the selected state did on the day, with its sources', () => {
    const during = detailsOf(country('US'), index, abk('2012-06-01'))!.recognition!;
    expect(during.entityName).toBe('Abkhazia');
    expect(during.now).toEqual({
      text: 'On this day United States recognised Abkhazia.',
      sources: ['src-us-abk'],
      confidence: 'medium',
    });
    const after = detailsOf(country('US'), index, abk('2014-03-31'))!.recognition!;
    expect(after.now!.text).toBe(
      'On this day United States did not recognise Abkhazia: it withdrew its recognition on 31 March 2014.',
    );
    const never = detailsOf(country('AM'), index, abk('2012-06-01'))!.recognition!;
    expect(never.now!.text).toMatch(/^On this day Armenia did not recognise Abkhazia/);
  });

  it('lists every recognition and withdrawal in date order, marking the ones in force', () => {
    const { lines, summary } = detailsOf(country('AM'), index, abk('2015-01-01'))!.recognition!;
    expect(lines.map((l) => [l.by, l.current, l.withdrawn])).toEqual([
      ['PK', true, false],
      ['US', false, true],
    ]);
    expect(lines[1]!.statement.text).toBe(
      'United States recognised Abkhazia from 18 September 2011; withdrew the recognition on 31 March 2014. Withdrawn.',
    );
    expect(summary!.text).toBe('On this day one UN member state recognised Abkhazia: Pakistan.');
    expect(summary!.sources).toEqual(['src-abk', 'src-pk-abk']);
  });

  it('cites every source of the section in the bibliography', () => {
    const d = detailsOf(country('US'), index, abk('2012-06-01'))!;
    expect(citedSources(d)).toEqual(
      expect.arrayContaining(['src-us-abk', 'src-pk-abk', 'src-abk']),
    );
  });

  it('gives the sourced lack of recognition of the NKR, and nothing before it existed', () => {
    const nkr = detailsOf(country('AM'), index, options('2010-01-01', { focus: 'NKR' }))!;
    expect(nkr.recognition!.summary).toEqual({
      text: 'No UN member recognised it.',
      sources: ['src-nkr-none'],
    });
    expect(nkr.recognition!.now!.text).toBe(
      'On this day Armenia did not recognise Nagorno-Karabakh Republic / Artsakh.',
    );
    expect(nkr.recognition!.lines).toEqual([]);
    const gone = detailsOf(country('AM'), index, options('2024-06-01', { focus: 'NKR' }))!;
    expect(gone.recognition!.now!.text).toMatch(/did not exist as the atlas counts it/);
  });

  it('is absent with a country in focus, and on a zone it lists recognisers only', () => {
    expect(
      detailsOf(country('US'), index, options('2012-06-01', { focus: 'AM' }))!.recognition,
    ).toBe(null);
    const zone = detailsOf({ kind: 'zone', id: 'shusha' }, index, abk('2012-06-01'))!.recognition!;
    expect(zone.now).toBeNull();
    expect(zone.lines).toHaveLength(2);
  });
});

describe('hover text with an entity in focus', () => {
  it('says whether the country under the pointer recognised the entity on the day', () => {
    const country = { kind: 'country', id: 'US' } as const;
    expect(hoverText(country, toDay('2012-06-01'), 'intl', index, 'ABK')).toEqual({
      title: 'United States',
      detail: 'Recognises Abkhazia on this day',
    });
    expect(hoverText(country, toDay('2014-03-31'), 'intl', index, 'ABK')!.detail).toBe(
      'Does not recognise Abkhazia on this day',
    );
    // A state in focus: the relation instead (hover-relations.test.ts).
    expect(hoverText(country, toDay('2012-06-01'), 'intl', index, 'AM')!.detail).not.toMatch(
      /Abkhazia/,
    );
  });
});
