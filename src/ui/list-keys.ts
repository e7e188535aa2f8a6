/**
 * The arrow-key moves shared by the interface's lists: the search results (a listbox whose
 * active option wraps around) and the event ticks on the timeline (a toolbar that stops at its
 * ends). Given a key, the active index and the list's length, it says which index becomes
 * active, or null when the key does not move within the list.
 */
export interface ListKeyOptions {
  /** Keys that move back and forward: the list's orientation. */
  orientation: 'vertical' | 'horizontal';
  /** Past an end, go round to the other end instead of stopping. */
  wrap: boolean;
}

export function listKeyTarget(
  key: string,
  index: number,
  count: number,
  { orientation, wrap }: ListKeyOptions,
): number | null {
  if (count <= 0) return null;
  const back = orientation === 'vertical' ? 'ArrowUp' : 'ArrowLeft';
  const forward = orientation === 'vertical' ? 'ArrowDown' : 'ArrowRight';
  const last = count - 1;
  const bound = (to: number) => (wrap ? (to + count) % count : Math.max(0, Math.min(last, to)));
  switch (key) {
    case back:
      // Nothing active yet: going back starts from the end.
      return index < 0 ? last : bound(index - 1);
    case forward:
      return bound(index + 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
