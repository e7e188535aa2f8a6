/**
 * How the panel's parts number their citations: every part cites into the one bibliography at
 * the bottom of the panel, so the panel provides the numbering to its parts through context.
 */
import { getContext, setContext } from 'svelte';
import type { Source } from '../../lib/domain/types';

export interface Citations {
  /** Bibliography number of each cited source id. */
  readonly numberOf: ReadonlyMap<string, number>;
  sourceOf: (id: string) => Source | undefined;
  /** Scrolls to and focuses entry `n` of the bibliography. */
  show: (n: number) => void;
}

const KEY = Symbol('citations');

export function provideCitations(citations: Citations): void {
  setContext(KEY, citations);
}

export function useCitations(): Citations {
  const citations = getContext<Citations | undefined>(KEY);
  if (!citations) throw new Error('A panel part was rendered outside the details panel.');
  return citations;
}
