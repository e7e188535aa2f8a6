import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { parseDateInput, readDateInput } from './date-input';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };

describe('typed dates', () => {
  it.each([
    ['1994-05-12', '1994-05-12'],
    [' 1994-5-2 ', '1994-05-02'],
    ['12 May 1994', '1994-05-12'],
    ['12 may 1994', '1994-05-12'],
    ['12 Sept. 1994', '1994-09-12'],
    ['May 12, 1994', '1994-05-12'],
    ['9 November 2020', '2020-11-09'],
  ])('reads %j', (text, iso) => {
    const day = parseDateInput(text);
    expect(day === null ? null : toIso(day)).toBe(iso);
  });

  it.each(['1994-02-30', '31 Apr 1994', '12 Ma 1994', 'yesterday', '', '12/05/1994', '1994'])(
    'rejects %j',
    (text) => {
      expect(parseDateInput(text)).toBeNull();
    },
  );

  it('explains a date outside the range', () => {
    expect(readDateInput('1987-12-31', FULL)).toEqual({
      ok: false,
      message: 'Choose a date from 1 January 1988 to 30 September 2025.',
    });
    expect(readDateInput('2 Sep 1991', FULL)).toEqual({ ok: true, day: toDay('1991-09-02') });
  });
});
