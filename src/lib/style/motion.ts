/**
 * Whether the reader asked the system for less motion. Read at each move rather than once, so
 * changing the setting while the atlas is open takes effect on the next move.
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
