/**
 * The link between the events and the control data (geo/control/periods.ts), checked both
 * ways so that what an event says about control and what the map draws agree by construction:
 *
 * - every change an event lists in `controlChanges` is a change of controller in the control
 *   data, to the same controller, on the same day, and that day lies within the event's dates;
 * - every `control` event lists its changes (at least one);
 * - every change of controller in the control data is listed by some event, so a reader who
 *   sees a zone change colour can find the event that explains it.
 *
 * A period that only raises or lowers confidence (the same controller continues) is not a change.
 */
import { type EventProperties, eventSpan } from '../../src/lib/domain/events';
import { contains } from '../../src/lib/time/interval';
import { CONTROLLERS, type Controller } from '../../src/lib/domain/types';
import { type IsoDate, parseIsoDate, toDay } from '../../src/lib/time/days';

/** The part of the control periods this check needs: per zone id, periods in order. */
export type ControlTimelines = Readonly<
  Record<string, readonly { controller: Controller; from: IsoDate }[]>
>;

/** One change of controller in the control data. */
export interface ControllerChange {
  zone: string;
  day: IsoDate;
  from: Controller;
  to: Controller;
}

/** Every change of controller in the control data, in zone order, then by day. */
export function controllerChanges(timelines: ControlTimelines): ControllerChange[] {
  const changes: ControllerChange[] = [];
  for (const [zone, periods] of Object.entries(timelines)) {
    for (let i = 1; i < periods.length; i++) {
      const before = periods[i - 1]!;
      const period = periods[i]!;
      if (period.controller !== before.controller) {
        changes.push({ zone, day: period.from, from: before.controller, to: period.controller });
      }
    }
  }
  return changes;
}

const key = (zone: string, day: string): string => `${zone}@${day}`;

/** The changes events list agree with the control data; control events list theirs. */
export function checkControlChanges(
  events: readonly EventProperties[],
  timelines: ControlTimelines,
): string[] {
  const problems: string[] = [];
  const changes = new Map(controllerChanges(timelines).map((c) => [key(c.zone, c.day), c]));
  for (const e of events) {
    const where = `event "${e.id}"`;
    const listed = e.controlChanges;
    if (listed === undefined) {
      if (e.kind === 'control') problems.push(`${where}: a control event needs controlChanges`);
      continue;
    }
    if (!Array.isArray(listed)) {
      problems.push(`${where}: controlChanges must be an array`);
      continue;
    }
    if (e.kind === 'control' && listed.length === 0) {
      problems.push(`${where}: a control event must list at least one change of control`);
    }
    const span = parseIsoDate(e.date ?? '') ? eventSpan(e) : undefined;
    const seen = new Set<string>();
    for (const c of listed) {
      const what = `${where}: change of ${c.zone} on ${c.day}`;
      if (seen.has(key(c.zone, c.day))) problems.push(`${what}: listed twice`);
      seen.add(key(c.zone, c.day));
      if (!timelines[c.zone]) {
        problems.push(`${what}: unknown control zone "${c.zone}"`);
        continue;
      }
      if (!CONTROLLERS.includes(c.to)) {
        problems.push(`${what}: unknown controller "${c.to}"`);
        continue;
      }
      if (!parseIsoDate(c.day ?? '')) {
        problems.push(`${what}: day is not a valid ISO day`);
        continue;
      }
      const day = toDay(c.day);
      if (span && !contains(span, day)) {
        problems.push(`${what}: the day lies outside the event's dates`);
      }
      const change = changes.get(key(c.zone, c.day));
      if (!change) {
        problems.push(`${what}: the control data has no change of controller there on that day`);
      } else if (change.to !== c.to) {
        problems.push(`${what}: the control data gives it to ${change.to}, the event to ${c.to}`);
      }
    }
  }
  return problems;
}

/** Every change of controller in the control data is listed by at least one event. */
export function checkChangesHaveEvents(
  events: readonly EventProperties[],
  timelines: ControlTimelines,
): string[] {
  const listed = new Set(
    events.flatMap((e) =>
      Array.isArray(e.controlChanges) ? e.controlChanges.map((c) => key(c.zone, c.day)) : [],
    ),
  );
  return controllerChanges(timelines)
    .filter((c) => !listed.has(key(c.zone, c.day)))
    .map(
      (c) =>
        `control data: zone ${c.zone} passes from ${c.from} to ${c.to} on ${c.day}, ` +
        'but no event lists this change in its controlChanges',
    );
}
