/**
 * Relations part of the data build: validates geo/relations/data.ts against the bibliography and
 * publishes public/data/relations.json (shape: RelationsData in src/lib/domain/relations.ts).
 */
import { STATUS_ORDER, type RelationsData, pairKey } from '../../src/lib/domain/relations';
import { toDay } from '../../src/lib/time/days';
import { FIRST_DAY } from '../config';
import { type BuildContext, type PartOutput, jsonText } from '../lib/context';
import { COUNTRIES, RELATIONS, RULES } from './data';
import { ENTITIES, RECOGNITIONS } from './entities';
import { validateRecognitionData } from './entities-validate';
import { UN_MEMBER_CODES } from './un-members';
import { validateRelationsData, validateUnMembers } from './validate';

/** The dataset in a stable order: pairs alphabetically, each pair's periods by date. */
export function relationsData(): RelationsData {
  const relations = [...RELATIONS].sort(
    (x, y) => pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)) || toDay(x.from) - toDay(y.from),
  );
  return {
    countries: COUNTRIES,
    relations,
    rules: RULES,
    entities: ENTITIES,
    recognitions: [...RECOGNITIONS].sort(
      (x, y) =>
        x.subject.localeCompare(y.subject) ||
        toDay(x.from) - toDay(y.from) ||
        x.by.localeCompare(y.by),
    ),
    statusOrder: [...STATUS_ORDER],
  };
}

export async function build(ctx: BuildContext): Promise<PartOutput> {
  const data = relationsData();
  const problems = [
    ...validateUnMembers(UN_MEMBER_CODES),
    ...validateRelationsData(data, {
      sources: ctx.sources,
      firstDay: FIRST_DAY,
      verifiedThrough: ctx.verifiedThrough,
    }),
    ...validateRecognitionData(data.entities, data.recognitions, UN_MEMBER_CODES, ctx.sources),
  ];
  if (problems.length > 0) return { files: {}, problems };
  const pairs = new Set(data.relations.map((r) => pairKey(r.a, r.b)));
  ctx.log(
    `relations: ${data.countries.length} states, ${pairs.size} pairs, ` +
      `${data.relations.length} periods, ${data.rules.length} rules, ` +
      `${data.entities.length} entities, ${data.recognitions.length} recognitions`,
  );
  return { files: { 'relations.json': jsonText(data, 1) }, problems: [] };
}
