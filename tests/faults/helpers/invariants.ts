/**
 * What must hold in the data after any crash: no duplicate (one member per openid, one check-in per
 * member and push, one sign-in per member and meeting), every counter equal to the records it
 * counts, and no users document a join wrote (the member record alone makes him a member; a users
 * document belongs to someone holding a role).
 */
import { counterKey } from '../../../src/domain/themeday/attendance-counters.rules';
import { citiesOf } from '../../../src/domain/stats/counter.rules';
import { endReasonKeys } from '../../../src/domain/mobility/mobility.schema';
import { byId, docs, type Store } from './disk-store';

const countBy = <T>(items: T[], key: (t: T) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, t) => ((acc[key(t)] = (acc[key(t)] ?? 0) + 1), acc), {});

const nonZero = (o: Record<string, number> | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, n]) => n !== 0));

export interface Scope { branchId: string; groupId: string; pushId: string; occurrenceId: string; month: string }

export function expectConsistent(s: Store, sc: Scope): void {
  const users = byId(s, 'users');
  const withoutRole = docs(s, 'members').filter((m) => users.has(m.openid) && !users.get(m.openid).grants?.length);
  expect(withoutRole.map((m) => m.openid)).toEqual([]);
  expectCountersMatch(s, sc);
}

/** No duplicate record, and every counter equal to the records it counts (users documents aside). */
export function expectCountersMatch(s: Store, sc: Scope): void {
  const members = docs(s, 'members');
  expect(new Set(members.map((m) => m.openid)).size).toBe(members.length);
  const counters = byId(s, 'unitCounters');
  for (const [kind, id, field] of [['branch', sc.branchId, 'branchId'], ['group', sc.groupId, 'groupId']] as const) {
    const unit = counters.get(`${kind}:${id}`) ?? {};
    const mine = members.filter((m) => m[field] === id);
    // A member whose mobile status ended counts apart (endedCount by reason), not as a member.
    const counted = mine.filter((m) => !m.ended);
    const ended = mine.filter((m) => m.ended);
    expect({ unit: id, memberCount: unit.memberCount ?? 0, cities: nonZero(Object.fromEntries(citiesOf(unit.cityCounts))), ended: unit.endedCount ?? 0, byReason: nonZero(unit.endedByReason) }).toEqual({
      unit: id,
      memberCount: counted.length,
      cities: countBy(counted, (m) => m.city),
      ended: ended.length,
      byReason: countBy(ended, (m) => endReasonKeys[m.mobility.reason as keyof typeof endReasonKeys]),
    });
  }

  const memberIds = new Set(members.map((m) => m._id));
  const checkins = docs(s, 'checkins').filter((c) => c.pushId === sc.pushId);
  expect(new Set(checkins.map((c) => c.memberId)).size).toBe(checkins.length);
  expect(checkins.filter((c) => !memberIds.has(c.memberId))).toEqual([]);
  const push = byId(s, 'studyPushes').get(sc.pushId);
  expect(push.counters).toEqual({
    total: checkins.length,
    byBranch: nonZero({ [sc.branchId]: checkins.length }),
    byGroup: nonZero({ [sc.groupId]: checkins.length }),
  });

  const signins = docs(s, 'themedaySignins').filter((x) => x.occurrenceId === sc.occurrenceId);
  expect(new Set(signins.map((x) => x.memberId)).size).toBe(signins.length);
  expect(signins.filter((x) => !memberIds.has(x.memberId))).toEqual([]);
  const plan = byId(s, 'themedayPlans').get(sc.branchId);
  const month = plan.counters?.[counterKey(sc.month)] ?? {};
  expect({ signedIn: month.signedIn ?? 0, online: month.online ?? 0 }).toEqual({ signedIn: signins.length, online: signins.filter((x) => x.mode === 'online').length });
}
