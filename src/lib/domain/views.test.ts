import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import type { ClaimAreaProperties } from './claims';
import { claimInForce, claimsOn, partContested } from './claims';
import type { TimelineEntry } from './control';
import { recognisedEntries, sovietEndDay, viewCaption, zoneEntityOn } from './views';

const entry = (from: string, controller: TimelineEntry['controller']): TimelineEntry => ({
  from,
  to: null,
  controller,
  confidence: 'high',
  sources: ['s'],
  period: null,
});
// Stepanakert's piece, as the control data dates it: Azerbaijan SSR, then the NKR, then Azerbaijan.
const core = {
  timeline: [entry('1988-01-01', 'AZ'), entry('1992-01-06', 'NKR'), entry('2023-10-01', 'AZ')],
};
const su: ClaimAreaProperties = {
  kind: 'claim',
  claim: 'su',
  claimant: 'SU',
  name: 'Soviet Union',
  from: '1988-01-01',
  to: '1991-12-26',
  sources: ['s'],
};
const nkr: ClaimAreaProperties = {
  ...su,
  claim: 'nkr',
  claimant: 'NKR',
  from: '1991-09-02',
  to: '2024-01-01',
};

describe('the recognised view', () => {
  it('names the Soviet republics until the day the Soviet Union ended, the states from then', () => {
    const end = sovietEndDay([nkr, su]);
    expect(end).toBe(toDay('1991-12-26'));
    expect(recognisedEntries(toDay('1991-12-25'), end).map((e) => e.label)[0]).toMatch(
      /^Azerbaijan SSR, a republic of the Soviet Union/,
    );
    const after = recognisedEntries(toDay('1991-12-26'), end);
    expect(after.map((e) => e.state)).toEqual(['AZ', 'AM', 'GE']);
    expect(after[0]!.label).toBe('Azerbaijan (Nagorno-Karabakh included)');
    expect(after[2]!.label).toBe('Georgia (Abkhazia and South Ossetia included)');
  });

  it('reports on the entity that holds a zone on the day, and none where a state holds it', () => {
    expect(zoneEntityOn(core, toDay('2019-06-01'))).toBe('NKR');
    expect(zoneEntityOn(core, toDay('1990-01-01'))).toBeNull();
    expect(zoneEntityOn(core, toDay('2024-01-01'))).toBeNull();
  });

  it('says which view the caption describes', () => {
    expect(viewCaption('control')).toMatch(/controlled/);
    expect(viewCaption('recognised')).toMatch(/recognised borders/);
    expect(viewCaption('claims')).toMatch(/claimed/);
  });
});

describe('claims on a day', () => {
  it('are in force over half-open periods', () => {
    expect(claimInForce(nkr, toDay('1991-09-01'))).toBe(false);
    expect(claimInForce(nkr, toDay('1991-09-02'))).toBe(true);
    expect(claimInForce(nkr, toDay('2023-12-31'))).toBe(true);
    expect(claimInForce(nkr, toDay('2024-01-01'))).toBe(false);
    expect(claimsOn([su, nkr], toDay('1992-01-01')).map((c) => c.claim)).toEqual(['nkr']);
  });

  it('mark a part where the claimant does not hold it', () => {
    const pieces = new Map([['nkao-core', core]]);
    const part = {
      kind: 'part',
      claim: 'nkr',
      claimant: 'NKR',
      piece: 'nkao-core',
      holder: null,
    } as const;
    const azPart = { ...part, claim: 'az', claimant: 'AZ' } as const;
    const az = { ...nkr, claim: 'az', claimant: 'AZ' as const, from: '1991-10-18', to: null };
    // Between the declaration and the NKR's control, Azerbaijan held what the NKR claimed.
    expect(partContested(part, nkr, toDay('1991-12-01'), pieces)).toBe(true);
    expect(partContested(part, nkr, toDay('2019-06-01'), pieces)).toBe(false);
    expect(partContested(azPart, az, toDay('2019-06-01'), pieces)).toBe(true);
    expect(partContested(azPart, az, toDay('2024-06-01'), pieces)).toBe(false);
    const kashmir = { ...part, piece: null, claimant: 'PK', holder: 'IN' } as const;
    expect(partContested(kashmir, su, toDay('1990-01-01'), pieces)).toBe(true);
  });
});
