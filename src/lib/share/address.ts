/**
 * The absolute address of the atlas, for links that leave the page (an embed snippet, a copied
 * link, a citation). It is the build-time setting `PUBLIC_URL` (see `.env`): where the atlas is
 * published. When that is left empty, the page's own address is used, so a copy served from
 * anywhere links to itself.
 */

/** The configured base, or null when unset. */
function configuredBase(): string | null {
  const value = String(import.meta.env.PUBLIC_URL ?? '').trim();
  return value === '' ? null : value;
}

/** The page's own address without its hash. */
function pageBase(): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}`;
}

/**
 * The address of the atlas showing `hash` (with or without its leading `#`). `base` is for
 * tests; the app leaves it out.
 */
export function publicAddress(hash: string, base: string | null = configuredBase()): string {
  const root = (base ?? pageBase()).replace(/#.*$/, '');
  const body = hash.replace(/^#/, '');
  return body === '' ? root : `${root}#${body}`;
}
