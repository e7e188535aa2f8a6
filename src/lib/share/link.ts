/**
 * The absolute address of the view shown. All the view's state is in the hash, so the link is
 * the published address of the atlas (a build-time setting, `VITE_PUBLIC_URL`) with the page's
 * hash, or, where no address was set at build time, the page's own address.
 */

/** `publicUrl` with the hash of `pageHref`; `pageHref` itself when `publicUrl` is unset or bad. */
export function viewLink(publicUrl: string | undefined, pageHref: string): string {
  const page = new URL(pageHref);
  const setting = publicUrl?.trim();
  if (!setting || !URL.canParse(setting)) return page.href;
  const link = new URL(setting);
  // Only web addresses: the setting ends up in a citation and a link preview.
  if (link.protocol !== 'https:' && link.protocol !== 'http:') return page.href;
  link.hash = page.hash;
  return link.href;
}
