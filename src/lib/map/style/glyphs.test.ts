/**
 * Every character a map label can show has its glyph range in public/glyphs: a missing range
 * would be a failed request and a label drawn without those letters.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../domain/places';
import type { NamingConvention } from '../../domain/types';
import { placeLabels } from '../map-data';
import { LABEL_FONT } from './base';

const root = join(__dirname, '..', '..', '..', '..');
const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(root, 'public', 'data', file), 'utf8'));

const CONVENTIONS: NamingConvention[] = ['intl', 'hy', 'az'];

/** Range file of a code point, as MapLibre names it. */
function rangeOf(char: string): string {
  const start = Math.floor(char.codePointAt(0)! / 256) * 256;
  return `${start}-${start + 255}.pbf`;
}

/** Every label text the map draws from the published data. */
function labelTexts(): string[] {
  const base = read('base.json') as {
    objects: { countries: { geometries: { properties: { name: string; label: unknown } }[] } };
  };
  // Country labels are upper-cased by the style (text-transform).
  const countries = base.objects.countries.geometries
    .filter((g) => g.properties.label)
    .map((g) => g.properties.name.toUpperCase());
  const places = read('places.json') as Place[];
  const placeNames = CONVENTIONS.flatMap((c) =>
    placeLabels({ places, events: { features: [] } }, c).features.map((f) =>
      String(f.properties?.label),
    ),
  );
  return [...countries, ...placeNames];
}

describe('map label glyphs', () => {
  it('has a glyph range file for every character of every label', () => {
    const missing = new Set<string>();
    for (const text of labelTexts()) {
      for (const char of text) {
        for (const font of LABEL_FONT) {
          const file = join(root, 'public', 'glyphs', font, rangeOf(char));
          if (!existsSync(file))
            missing.add(`${font}/${rangeOf(char)} (for “${char}” in “${text}”)`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});
