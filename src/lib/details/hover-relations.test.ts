/**
 * Issue 12: hovering a country with a state in focus names its relation to the focus on the
 * day, as the map colours it. The fixture's Armenia–Pakistan pair: Pakistan withholds
 * recognition from 21 Sep 1991, relations from 31 Aug 2025; a world rule has the US recognise
 * Armenia from 2 Mar 1992.
 */
import { describe, expect, it } from 'vitest';
import { hoverText } from '../domain/hover';
import { toDay } from '../time/days';
import { index } from './test-fixture';

const hover = (id: string, iso: string, focus: string | null) =>
  hoverText({ kind: 'country', id }, toDay(iso), 'intl', index, focus);

describe('hover text with a state in focus', () => {
  it('names the relation on the day, on both sides of its change', () => {
    expect(hover('AM', '2025-08-30', 'PK')).toEqual({
      title: 'Armenia',
      detail: 'Not recognised: Pakistan does not recognise it',
    });
    expect(hover('AM', '2025-09-15', 'PK')).toEqual({
      title: 'Armenia',
      detail: 'Diplomatic relations with Pakistan on this day',
    });
    expect(hover('PK', '2025-08-30', 'AM')!.detail).toBe(
      'Not recognised: Pakistan does not recognise Armenia',
    );
  });

  it('says when relations are not followed, for the focus itself, and nothing without focus', () => {
    expect(hover('US', '2012-06-01', 'AM')!.detail).toBe(
      'Recognises Armenia (relations not followed here) on this day',
    );
    expect(hover('PK', '2025-09-15', 'PK')!.detail).toBe('Focus of the relations layer');
    expect(hover('AM', '2025-09-15', null)).toEqual({ title: 'Armenia' });
  });
});
