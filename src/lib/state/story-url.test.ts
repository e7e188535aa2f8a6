import { describe, expect, it } from 'vitest';
import { parseHash, serialiseHash } from './url';

const range = { first: '1988-01-01', last: '2025-09-30' };

describe('story= and step= in the URL', () => {
  it('reads a story and its step', () => {
    const { state, problems } = parseHash('#date=2020-10-09&story=war-2020&step=3', range);
    expect(problems).toEqual([]);
    expect(state).toEqual({ date: '2020-10-09', story: 'war-2020', step: 3 });
  });

  it('a story without a step is read as is (its first step is shown)', () => {
    expect(parseHash('#story=first-war', range)).toEqual({
      state: { story: 'first-war' },
      problems: [],
      rewrite: false,
    });
  });

  it('ignores, with a notice, a malformed story id or step and a step without a story', () => {
    for (const hash of [
      '#story=War 2020&step=1',
      '#story=war-2020&step=0',
      '#story=war-2020&step=two',
      '#story=war-2020&step=-1',
      '#step=2',
    ]) {
      const parsed = parseHash(hash, range);
      expect(parsed.problems.length, hash).toBeGreaterThan(0);
      expect(parsed.rewrite, hash).toBe(true);
      expect(parsed.state.step, hash).toBeUndefined();
    }
    expect(parseHash('#step=2', range).problems[0]).toBe('Ignored “step=2”: it needs a story=.');
  });

  it('writes story= and step= last, the step always with the story', () => {
    expect(serialiseHash({ date: '2020-10-09', story: 'war-2020', step: 3 })).toBe(
      '#date=2020-10-09&story=war-2020&step=3',
    );
    expect(serialiseHash({ story: 'war-2020' })).toBe('#story=war-2020&step=1');
    expect(serialiseHash({ date: '2020-10-09', step: 3 })).toBe('#date=2020-10-09');
  });

  it('round-trips', () => {
    const hash =
      '#map=8/39.85/46.75&date=1992-05-18&select=event:lachin-1992&story=first-war&step=4';
    expect(serialiseHash(parseHash(hash, range).state)).toBe(hash);
  });
});
