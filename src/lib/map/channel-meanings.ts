/**
 * What each visual channel of channels.ts means, in words: the README's channel table and the
 * tests read it; the app does not, so these sentences stay out of the first view's bundle.
 */
import type { ChannelId } from './channels';

export const CHANNEL_MEANINGS: Readonly<Record<ChannelId, string>> = {
  'fill-colour':
    'who controls an area (control layer and claims view), the state it is recognised as part of (recognised-borders view), or its relation to the focus (relations layer)',
  dots: 'held by a de facto authority',
  hatching:
    'weak standing: control known only with low confidence; in the relations layer, not recognised, not yet independent, or no data',
  transition:
    'a typed transition of control (ceasefire and disarmament under way, September 2023): the holder has not changed yet but is losing its hold',
  outline: 'the selected country or zone',
  'hover-outline': 'what the pointer is over',
  dashes: 'a front line: two controllers meet',
  'line-colour': 'relation between the focus and another followed state (width: its strength)',
  'alliance-grid':
    'an alliance with the focus (relations layer): a second channel beside its colour, so it never reads as a strategic partnership by colour alone',
  marker: 'a dated event near the day shown',
  'claim-outlines':
    'claims (claims view): one outline per claimant, overlapping where claims overlap',
  'claim-hatching':
    'claimed but not held on the day (claims view): lines in the claimant’s colour, leaning opposite ways for the two sides of an overlap (one pattern per claimant)',
  'comparison-gained':
    'comparison of two days: gained by the holder on the day shown since the earlier day (plus signs), a pattern over whichever fill shows, never a fill of its own',
  'comparison-lost':
    'comparison of two days: lost by the holder on the day shown by the later day (minus signs), a pattern over whichever fill shows, never a fill of its own',
  'reference-outline':
    'a reference outline the user switches on: the former NKAO (approximate, our own line), a solid violet line that no controller, front or border uses',
};
