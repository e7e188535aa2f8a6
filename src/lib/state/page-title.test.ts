import { describe, expect, it } from 'vitest';
import { pageTitle } from './page-title';

describe('pageTitle', () => {
  it('names the day and the view, and the selection first when there is one', () => {
    expect(
      pageTitle({ dateLabel: '30 September 2025', view: 'control', selectionName: null }),
    ).toBe('30 September 2025 — De facto control — Caucasus Atlas');
    expect(
      pageTitle({ dateLabel: '10 November 2020', view: 'control', selectionName: 'Şuşa' }),
    ).toBe('Şuşa — 10 November 2020 — De facto control — Caucasus Atlas');
  });

  it('names a view it has no words for by its id, and skips an empty name', () => {
    expect(pageTitle({ dateLabel: '1 May 1994', view: 'compare', selectionName: ' ' })).toBe(
      '1 May 1994 — compare — Caucasus Atlas',
    );
  });
});
