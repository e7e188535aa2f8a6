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
});
