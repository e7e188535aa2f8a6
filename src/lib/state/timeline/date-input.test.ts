import { describe, expect, it } from 'vitest';
import { toDay, toIso } from '../../time/days';
import { parseDateInput, readDateInput } from './date-input';

const FULL = { from: toDay('1988-01-01'), to: toDay('2025-10-01') };

describe('typed dates', () => {
  it.each([
    ['1994-05-12', '1994-05-12', 'day'],
    [' 1994-5-2 ', '1994-05-02', 'day'],
    ['12 May 1994', '1994-05-12', 'day'],
    ['12 may 1994', '1994-05-12', 'day'],
    ['12 Sept. 1994', '1994-09-12', 'day'],
    ['May 12, 1994', '1994-05-12', 'day'],
    ['9 November 2020', '2020-11-09', 'day'],
    ['19 September 2023', '2023-09-19', 'day'],
    ['19/09/2023', '2023-09-19', 'day'],
    ['09/19/2023', '2023-09-19', 'day'],
    ['19.09.2023', '2023-09-19', 'day'],
    ['09/09/2023', '2023-09-09', 'day'],
    ['September 2023', '2023-09-01', 'month'],
    ['september  2023', '2023-09-01', 'month'],
    ['Sep 2023', '2023-09-01', 'month'],
    ['Sept. 2023', '2023-09-01', 'month'],
    ['2023-09', '2023-09-01', 'month'],
    ['9/2023', '2023-09-01', 'month'],
    ['2023', '2023-01-01', 'year'],
  ])('reads %j as %s (%s)', (text, iso, precision) => {
    const parsed = parseDateInput(text);
    expect(parsed && { iso: toIso(parsed.day), precision: parsed.precision }).toEqual({
      iso,
      precision,
    });
  });

  it.each([
    '1994-02-30',
    '31 Apr 1994',
    '12 Ma 1994',
    'yesterday',
    '',
    '12/05/1994',
    '13/13/1994',
    '2023-13',
    'Ju 2023',
    '202',
    '31/02/2023',
  ])('rejects %j', (text) => {
    expect(parseDateInput(text)).toBeNull();
  });

  it('says which day it went to', () => {
    expect(readDateInput('September 2023', FULL)).toEqual({
      ok: true,
      day: toDay('2023-09-01'),
      message: 'Showing 1 September 2023, the start of September 2023.',
    });
    expect(readDateInput('2001', FULL)).toEqual({
      ok: true,
      day: toDay('2001-01-01'),
      message: 'Showing 1 January 2001, the start of 2001.',
    });
    expect(readDateInput('19/09/2023', FULL)).toEqual({
      ok: true,
      day: toDay('2023-09-19'),
      message: 'Showing 19 September 2023.',
    });
  });

  it('gives both readings of an ambiguous numeric date instead of guessing', () => {
    expect(readDateInput('05/09/2023', FULL)).toEqual({
      ok: false,
      message: 'That could be 5 September 2023 or 9 May 2023; type the month as a word.',
    });
  });

  it('explains a date outside the range and an unreadable one', () => {
    expect(readDateInput('1987-12-31', FULL)).toEqual({
      ok: false,
      message: 'Choose a date from 1 January 1988 to 30 September 2025.',
    });
    expect(readDateInput('someday', FULL)).toEqual({
      ok: false,
      message: 'Type a date like 1994-05-12, 12 May 1994, September 2023 or 2023.',
    });
    expect(readDateInput('2 Sep 1991', FULL)).toMatchObject({ ok: true, day: toDay('1991-09-02') });
  });
});
