import { describe, expect, it } from 'vitest';
import { type CitationInput, bibtexEscape, citationOf } from './citation';

const INPUT: CitationInput = {
  day: '2020-11-10',
  dataVersion: 'cecfaaca011b2ecd',
  verifiedThrough: '2025-09-30',
  view: 'control of territory; layers: control, events',
  selection: 'Shusha',
  focus: null,
  url: 'https://atlas.example.org/#date=2020-11-10&select=zone:shusha',
  accessed: '2026-12-04',
};

describe('citation of the view', () => {
  it('says in plain text what is shown, from which data, where and when it was read', () => {
    const { text, title } = citationOf(INPUT);
    expect(title).toBe('Shusha on 10 November 2020');
    expect(text).toBe(
      'Caucasus Atlas authors. “Shusha on 10 November 2020”. Caucasus Atlas. ' +
        'Data version cecfaaca011b2ecd, verified through 30 September 2025. ' +
        'View: control of territory; layers: control, events; selected: Shusha. ' +
        'https://atlas.example.org/#date=2020-11-10&select=zone:shusha (accessed 4 December 2026).',
    );
  });

  it('names the focus country and, with no selection, the whole atlas area', () => {
    const { text, title } = citationOf({ ...INPUT, selection: null, focus: 'Armenia' });
    expect(title).toBe('The South Caucasus and Pakistan on 10 November 2020');
    expect(text).toContain(
      'View: control of territory; layers: control, events; relations of Armenia.',
    );
    expect(text).not.toContain('selected');
  });

  it('writes a BibTeX entry with the version, the address and the access day', () => {
    const { bibtex } = citationOf(INPUT);
    expect(bibtex.startsWith('@online{caucasusatlas2020-11-10,\n')).toBe(true);
    expect(bibtex).toContain('  author = {{Caucasus Atlas authors}},\n');
    expect(bibtex).toContain('  title = {Shusha on 10 November 2020},\n');
    expect(bibtex).toContain('  version = {cecfaaca011b2ecd},\n');
    expect(bibtex).toContain(`  url = {${INPUT.url}},\n`);
    expect(bibtex).toContain('  urldate = {2026-12-04}\n}\n');
    // Balanced braces: TeX would otherwise read past the entry.
    const depth = [...bibtex.replace(/\\[{}]/g, '')].reduce(
      (d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0),
      0,
    );
    expect(depth).toBe(0);
  });

  it('escapes what TeX would read as commands', () => {
    expect(bibtexEscape('A & B_1 {x} 50% #2 $ ~ ^ \\')).toBe(
      'A \\& B\\_1 \\{x\\} 50\\% \\#2 \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const { bibtex } = citationOf({ ...INPUT, url: 'https://e.org/a%20b#date=2020-11-10' });
    expect(bibtex).toContain('url = {https://e.org/a\\%20b#date=2020-11-10}');
  });

  it('writes CSL-JSON a CSL processor reads: a dataset with version, URL and access day', () => {
    const [item, ...rest] = JSON.parse(citationOf(INPUT).csl) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      type: 'dataset',
      title: 'Shusha on 10 November 2020',
      author: [{ literal: 'Caucasus Atlas authors' }],
      'container-title': 'Caucasus Atlas',
      version: 'cecfaaca011b2ecd',
      URL: INPUT.url,
      accessed: { 'date-parts': [[2026, 12, 4]] },
    });
    expect(item!.note).toContain('verified through 30 September 2025');
  });
});
