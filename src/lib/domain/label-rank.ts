/**
 * Which place labels win when labels collide on the map: the symbol-sort-key of each place,
 * lower first. Capitals, then the de facto capitals (Stepanakert/Khankendi, Sukhumi/Sokhumi,
 * Tskhinvali), then the places event records happen at (the more events, the earlier), then
 * other towns, then villages. Computed from the data, so a new event raises its place.
 */
import type { Place, PlaceKind } from './places';

/** The order of the kinds of place that no event is recorded at. */
const KIND_TIER: Readonly<Record<PlaceKind, number>> = {
  capital: 0,
  'de-facto-capital': 1,
  town: 3,
  village: 4,
};

/** The tier of a town or village events happen at: between the de facto capitals and towns. */
const EVENT_PLACE_TIER = 2;

/** Room for the event count inside a tier. */
const TIER_SPAN = 100;

/** The sort key of each place by id. `eventPlaces` lists the place id of each event record. */
export function labelRanks(
  places: readonly Place[],
  eventPlaces: readonly (string | null | undefined)[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of eventPlaces) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Map(
    places.map((place) => {
      const events = Math.min(counts.get(place.id) ?? 0, TIER_SPAN - 1);
      const kindTier = KIND_TIER[place.kind];
      const tier = events > 0 ? Math.min(kindTier, EVENT_PLACE_TIER) : kindTier;
      return [place.id, tier * TIER_SPAN + (TIER_SPAN - 1 - events)];
    }),
  );
}
