import { dayOf, minuteOf } from '../../../src/domain/shared/day.rules';

/**
 * An activity payload for branches `branchIds`, placed around the real clock (the function reads
 * it): by default it started 5 minutes ago and lasts 3 hours, so sign-in is open. `startIn`
 * (minutes, negative = past) and `minutes` move and size it; `over` replaces any field.
 */
export function activityAround(branchIds: string[], opts: { startIn?: number; minutes?: number } = {}, over: Record<string, unknown> = {}) {
  const start = Date.now() + (opts.startIn ?? -5) * 60_000;
  return {
    kind: '志愿服务',
    title: '社区志愿服务：关爱老人',
    day: dayOf(start),
    time: minuteOf(start).slice(11),
    durationMinutes: opts.minutes ?? 180,
    place: '西湖区翠苑社区',
    enrolment: true,
    capacity: 20,
    partner: '翠苑社区',
    onlineSignin: false,
    branchIds,
    ...over,
  };
}
