/** The former NKAO outline's toggle: follows the day until the user chooses, and is in the link. */
import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { AppState } from './app-state.svelte';
import { parseHash, serialiseHash } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

function opened(hash: string): AppState {
  const app = new AppState(range);
  app.applyHash(parseHash(hash, range));
  return app;
}

describe('the former NKAO outline', () => {
  it('shows by default before the abolition (26 November 1991) and not after', () => {
    expect(opened('#date=1990-06-01').nkaoShown).toBe(true);
    expect(opened('#date=1991-11-25').nkaoShown).toBe(true);
    expect(opened('#date=1991-11-26').nkaoShown).toBe(false);
    expect(opened('#date=2010-06-01').nkaoShown).toBe(false);
  });

  it('follows the day while the user has not chosen, and leaves the link short', () => {
    const app = opened('#date=1990-06-01');
    app.setDay(toDay('2010-06-01'));
    expect(app.nkaoShown).toBe(false);
    expect(app.toHash().nkao).toBeUndefined();
    app.setDay(toDay('1989-01-01'));
    expect(app.nkaoShown).toBe(true);
  });

  it('keeps the user’s choice on every day, and writes it as nkao=on or nkao=off', () => {
    const app = opened('#date=1990-06-01');
    app.showNkao(false);
    expect(app.nkaoShown).toBe(false);
    expect(serialiseHash(app.toHash())).toBe('#date=1990-06-01&nkao=off');
    app.showNkao(true);
    app.setDay(toDay('2010-06-01'));
    expect(app.nkaoShown).toBe(true);
    expect(serialiseHash(app.toHash())).toBe('#date=2010-06-01&nkao=on');
  });

  it('reads nkao= from a link, and ignores any other value with a notice', () => {
    expect(opened('#date=2010-06-01&nkao=on').nkaoShown).toBe(true);
    expect(opened('#date=1990-06-01&nkao=off').nkaoShown).toBe(false);
    const parsed = parseHash('#date=1990-06-01&nkao=yes', range);
    expect(parsed.state.nkao).toBeUndefined();
    expect(parsed.problems).toEqual(['Ignored “nkao=yes”: expected nkao=on or nkao=off.']);
  });
});
