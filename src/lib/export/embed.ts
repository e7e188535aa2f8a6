/**
 * The embed mode's links: the `embed=1` switch in a hash, and the `<iframe>` snippet another
 * site pastes to show the current view.
 */

/** `hash` with `embed=1` added (on) or removed (off); every other parameter kept in order. */
export function withEmbed(hash: string, on: boolean): string {
  const body = hash.replace(/^#/, '');
  const kept = body.split('&').filter((p) => p !== '' && p.split('=')[0] !== 'embed');
  if (on) kept.push('embed=1');
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}

export interface EmbedSize {
  id: string;
  label: string;
  /** An HTML width attribute: pixels, or a percentage. */
  width: string;
  height: string;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
  { id: '640x480', label: '640 × 480', width: '640', height: '480' },
  { id: '800x600', label: '800 × 600', width: '800', height: '600' },
  { id: 'full', label: 'Full width × 500', width: '100%', height: '500' },
];

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A ready `<iframe>` for `address` (an absolute address with `embed=1`). */
export function embedSnippet(address: string, size: EmbedSize): string {
  return (
    `<iframe src="${attribute(address)}" width="${size.width}" height="${size.height}" ` +
    `style="border:0" title="Caucasus Atlas" loading="lazy"></iframe>`
  );
}
