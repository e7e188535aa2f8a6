import { describe, expect, it } from 'vitest';
import { MAX_DETAILS, MAX_NOTICES, type Notice, noticeText, withNotice } from './notices';

describe('noticeText', () => {
  it('says nothing for no problems, and one problem as it is', () => {
    expect(noticeText([])).toBeNull();
    expect(noticeText(['Ignored “x”.'])).toEqual({ text: 'Ignored “x”.', details: [] });
  });

  it('merges the problems of a link into one count, listing the first few', () => {
    const problems = Array.from({ length: 25 }, (_, i) => `Ignored “p${i}”.`);
    const words = noticeText(problems);
    expect(words?.text).toBe('25 parts of the link were ignored or adjusted.');
    expect(words?.details).toHaveLength(MAX_DETAILS + 1);
    expect(words?.details[0]).toBe('Ignored “p0”.');
    expect(words?.details.at(-1)).toBe(`And ${25 - MAX_DETAILS} more.`);
  });

  it('counts a problem repeated many times once', () => {
    const words = noticeText(Array.from({ length: 1999 }, () => 'Ignored repeated “date”.'));
    expect(words).toEqual({ text: 'Ignored repeated “date”.', details: [] });
  });
});

describe('withNotice', () => {
  const notice = (id: number, text = `n${id}`): Notice => ({ id, text, details: [] });

  it('keeps only the newest few', () => {
    let notices: Notice[] = [];
    for (let id = 1; id <= 10; id++) notices = withNotice(notices, notice(id));
    expect(notices.map((n) => n.id)).toEqual([8, 9, 10]);
    expect(notices).toHaveLength(MAX_NOTICES);
  });

  it('replaces a notice with the same text instead of stacking it', () => {
    const notices = withNotice([notice(1, 'same'), notice(2)], notice(3, 'same'));
    expect(notices.map((n) => n.id)).toEqual([2, 3]);
  });
});
