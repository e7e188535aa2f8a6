/**
 * The absolute address of the atlas showing a given hash, for links that leave the page (an
 * embed snippet, the "open in the atlas" link of an embed). Same rule as the copied link
 * (link.ts): the build-time setting `VITE_PUBLIC_URL` (see `.env`), or, when it is left empty,
 * the page's own address.
 */
import { viewLink } from './link';

/** The page's own address, for the app; tests pass theirs. */
function pageHref(): string {
  return window.location.href;
}

/**
 * The address of the atlas showing `hash` (with or without its leading `#`). `base` is the
 * published address (the app leaves it out: the build-time setting); `page` the page's own.
 */
export function publicAddress(
  hash: string,
  base: string | undefined = import.meta.env.VITE_PUBLIC_URL as string | undefined,
  page: string = pageHref(),
): string {
  const body = hash.replace(/^#/, '');
  const url = new URL(viewLink(base, page));
  url.hash = body;
  return body === '' ? url.href.replace(/#$/, '') : url.href;
}
