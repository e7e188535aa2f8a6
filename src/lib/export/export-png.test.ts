import { describe, expect, it } from 'vitest';
import { type ExportRequest, exportContent } from './export-png';

const request = (over: Partial<ExportRequest>): ExportRequest => ({
  map: null as unknown as ExportRequest['map'],
  pixelRatio: 1,
  date: '2020-11-10',
  dateLabel: '10 November 2020',
  view: 'control',
  layers: ['control', 'events'],
  focusName: null,
  labels: { AM: 'Armenia' },
  address: 'https://atlas.test/#date=2020-11-10',
  ...over,
});
const position = { zoom: 7, lat: 40.4, lon: 46.3 };

describe('exportContent', () => {
  it('names the day, the view, the place and the link to the same view', () => {
    const content = exportContent(request({}), position);
    expect(content.title).toBe('Caucasus Atlas: 10 November 2020');
    expect(content.details.join(' ')).toContain('control, events');
    expect(content.details.join(' ')).toContain('40.40° N, 46.30° E, zoom 7.00');
    expect(content.attribution.join(' ')).toContain('Natural Earth');
    expect(content.attribution).toContain('https://atlas.test/#date=2020-11-10');
  });

  it('has a legend for each layer shown, as the page does', () => {
    const control = exportContent(request({}), position).legend;
    expect(control.map((s) => s.heading)).toEqual(['Who controlled the area']);
    expect(control[0]!.items.some((i) => i.label === 'Armenia')).toBe(true);
    // The relations legend needs a focus country, as on the page.
    const noFocus = exportContent(request({ layers: ['relations'] }), position).legend;
    expect(noFocus).toEqual([]);
    const focus = exportContent(request({ layers: ['relations'], focusName: 'Armenia' }), position);
    expect(focus.legend.map((s) => s.heading)).toEqual(['Relations with Armenia']);
  });

  it('has the rows the page legend has, with the map patterns: low confidence, disarmament, boundary', () => {
    const [control] = exportContent(request({}), position).legend;
    const labels = control!.items.map((i) => i.label);
    expect(labels).toContain('Low confidence (sources vague or disagree)');
    expect(labels).toContain('Disarmament under way (Sep 2023)');
    const low = control!.items.find((i) => i.label.startsWith('Low confidence'))!;
    expect(low.pattern?.width).toBeGreaterThan(0);
    const front = control!.items.find((i) => i.label.startsWith('Boundary'))!;
    expect(front.line).toBe('dashed');
    // The de facto authorities are dotted on the map, the states are not.
    const nkr = control!.items.find((i) => i.label === 'NKR')!;
    const armenia = control!.items.find((i) => i.label === 'Armenia')!;
    expect(nkr.pattern).toBeDefined();
    expect(armenia.pattern).toBeUndefined();
  });

  it('gives recognition rows with an entity in focus, and hatched weak statuses', () => {
    const entity = exportContent(
      request({ layers: ['relations'], focusName: 'Abkhazia', focusIsEntity: true }),
      position,
    ).legend;
    expect(entity.map((s) => s.heading)).toEqual(['Recognition of Abkhazia']);
    expect(entity[0]!.items.map((i) => i.label)).toEqual([
      'Recognises Abkhazia',
      'Does not recognise Abkhazia',
      'No data (Abkhazia did not exist on this day)',
    ]);
    const state = exportContent(request({ layers: ['relations'], focusName: 'Armenia' }), position)
      .legend[0]!.items;
    expect(state.find((i) => i.label === 'Not recognised')?.pattern).toBeDefined();
    expect(state.find((i) => i.label === 'Diplomatic relations')?.pattern).toBeUndefined();
  });

  it('keys the comparison signs and the NKAO outline when they are drawn', () => {
    const later = exportContent(
      request({ comparison: { otherLabel: '1 June 1995', shownIsLater: true } }),
      position,
    ).legend.at(-1)!;
    expect(later.heading).toBe('Compared with 1 June 1995');
    expect(later.items[0]!.label).toMatch(/^Plus signs: gained since 1 June 1995/);
    const earlier = exportContent(
      request({ comparison: { otherLabel: '1 June 1995', shownIsLater: false } }),
      position,
    ).legend.at(-1)!;
    expect(earlier.items[0]!.label).toMatch(/^Minus signs: lost by 1 June 1995/);
    expect(earlier.items[0]!.pattern).not.toEqual(later.items[0]!.pattern);
    const nkao = exportContent(request({ nkaoShown: true }), position).legend.at(-1)!;
    expect(nkao.items[0]!.label).toMatch(/^Former NKAO/);
    expect(exportContent(request({}), position).legend.map((s) => s.heading)).not.toContain(
      'Reference',
    );
  });
});
