import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDay } from '../time/days';
import { NKAO_ABOLISHED, NKAO_LINE_LABEL, nkaoShownByDefault } from './reference-lines';

const published = JSON.parse(
  readFileSync(
    join(__dirname, '..', '..', '..', 'public', 'data', 'reference-lines.geojson'),
    'utf8',
  ),
) as { features: { properties: { id: string; name: string; to: string } }[] };

describe('the former NKAO reference line', () => {
  it('is shown by default up to the eve of the abolition, hidden from that day on', () => {
    expect(nkaoShownByDefault(toDay('1988-01-01'))).toBe(true);
    expect(nkaoShownByDefault(toDay('1990-06-01'))).toBe(true);
    expect(nkaoShownByDefault(toDay('1991-11-25'))).toBe(true);
    expect(nkaoShownByDefault(toDay('1991-11-26'))).toBe(false);
    expect(nkaoShownByDefault(toDay('2010-06-01'))).toBe(false);
  });

  it('takes its dates and name from the published file', () => {
    const nkao = published.features.find((f) => f.properties.id === 'nkao')!;
    expect(nkao.properties.to).toBe(NKAO_ABOLISHED);
    expect(nkao.properties.name).toBe(NKAO_LINE_LABEL);
  });
});
