import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameRewrite } from './names';

const places = [
  {
    kind: 'town' as const,
    name: 'Shusha',
    names: { hy: 'Shushi', az: 'Shusha' },
    native: { hy: 'Շուշի', az: 'Şuşa' },
  },
  {
    kind: 'town' as const,
    name: 'Stepanakert',
    names: { hy: 'Stepanakert', az: 'Khankendi' },
    native: { az: 'Xankəndi' },
  },
  {
    kind: 'town' as const,
    name: 'Madagiz',
    names: { hy: 'Mataghis', az: 'Sugovushan' },
    native: { az: 'Suqovuşan' },
  },
  { kind: 'town' as const, name: 'Sus', names: {}, native: { hy: 'Սուս', az: 'Sus' } },
  { kind: 'town' as const, name: 'Yukhari Askipara', names: { hy: 'Verin Voskepar' }, native: {} },
  { kind: 'town' as const, name: 'Askipara', names: { hy: 'Voskepar' }, native: {} },
];

describe('place names in running text', () => {
  it('leaves international usage as written', () => {
    expect(nameRewrite(places, 'intl')('Shusha comes under Azerbaijani control')).toBe(
      'Shusha comes under Azerbaijani control',
    );
  });

  it('swaps each place name for its name in the convention', () => {
    const az = nameRewrite(places, 'az');
    const hy = nameRewrite(places, 'hy');
    expect(az('Shusha comes under Azerbaijani control')).toBe(
      'Şuşa comes under Azerbaijani control',
    );
    expect(hy('Shusha comes under Armenian control')).toBe('Shushi comes under Armenian control');
    expect(az('Shelling of Stepanakert and Shusha.')).toBe('Shelling of Xankəndi and Şuşa.');
  });

  it('matches whole names only, the longest first', () => {
    const hy = nameRewrite(places, 'hy');
    expect(hy('Yukhari Askipara and Askipara')).toBe('Verin Voskepar and Voskepar');
    expect(nameRewrite(places, 'az')('Shushaland, Sustained')).toBe('Shushaland, Sustained');
  });

  it('puts the convention first where a text gives two names of one place', () => {
    expect(nameRewrite(places, 'az')('Madagiz (Sugovushan) and Talish')).toBe(
      'Suqovuşan (Madagiz) and Talish',
    );
    expect(nameRewrite(places, 'az')('the flag in Stepanakert (Khankendi) on 15 October')).toBe(
      'the flag in Xankəndi (Stepanakert) on 15 October',
    );
  });

  it('keeps quotations and sentences about names as written', () => {
    const az = nameRewrite(places, 'az');
    expect(az('Armenian sources call it the "liberation of Shusha". Shusha fell.')).toBe(
      'Armenian sources call it the "liberation of Shusha". Şuşa fell.',
    );
    expect(az('He said forces had taken Madagiz, which he renamed Sugovushan; Shusha held.')).toBe(
      'He said forces had taken Madagiz, which he renamed Sugovushan; Şuşa held.',
    );
    expect(az('The “Shusha Declaration” was signed in Shusha.')).toBe(
      'The “Shusha Declaration” was signed in Şuşa.',
    );
  });
});

describe('place names in the published event titles', () => {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`../../../public/data/${file}`, import.meta.url), 'utf8'));
  const registry = read('places.json') as Parameters<typeof nameRewrite>[0];
  const titles = (
    read('events.geojson') as { features: { properties: { title: string } }[] }
  ).features.map((f) => f.properties.title);

  it('follows the convention in every title that names Shusha or Agdam', () => {
    const az = nameRewrite(registry, 'az');
    const hy = nameRewrite(registry, 'hy');
    const named = titles.filter((t) => /\b(Shusha|Agdam)\b/.test(t));
    expect(named.length).toBeGreaterThan(2);
    for (const title of named) {
      expect(az(title)).not.toMatch(/\b(Shusha|Agdam)\b/);
      expect(hy(title)).not.toMatch(/\b(Shusha|Agdam)\b/);
    }
    expect(az('Shusha comes under Azerbaijani control')).toBe(
      'Şuşa comes under Azerbaijani control',
    );
    expect(hy('Agdam comes under Armenian control')).toBe('Akna comes under Armenian control');
  });
});
