/**
 * The address a source may link to: only web addresses (http: and https:) become links, so a
 * bibliography entry can never carry a `javascript:`, `data:` or other active URL into the page.
 */
export function safeHref(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
