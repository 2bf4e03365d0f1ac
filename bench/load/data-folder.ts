import { CollectionStore } from '../../localcloud/store/collection-store';
import { Journal } from '../../localcloud/store/journal';
import { counterKey } from '../../src/domain/themeday/attendance-counters.rules';
import { acknowledged, check, countBy, sortKeys, type Check } from './integrity';
import type { MemberLedger } from './member';
import type { SeededCounty } from './seed';

type Doc = Record<string, any>;

/** Every record of the local cloud's data folder (snapshot + journal), read after it closed cleanly. */
function readDataFolder(dir: string): (name: string) => Doc[] {
  const journal = new Journal(dir);
  const store = new CollectionStore(journal);
  store.load();
  journal.close();
  return (name) => [...(store.get(name)?.docs.values() ?? [])] as Doc[];
}

/** Each unit's memberCount from its unitCounters document (none: 0). */
const memberCounts = (units: Doc[], kind: 'branch' | 'group', counters: Map<string, Doc>) => sortKeys(Object.fromEntries(units.map((u) => [u._id, counters.get(`${kind}:${u._id}`)?.memberCount ?? 0])));

/**
 * The records themselves: one member per virtual member, one check-in per member and push, one
 * sign-in per member and meeting, every counter equal to the records it counts, every acknowledged
 * write present as acknowledged and nothing stored that was never acknowledged.
 */
export function checkDataFolder(dir: string, county: SeededCounty, ledgers: MemberLedger[], expectedMembers: number): Check[] {
  const all = readDataFolder(dir);
  const ack = acknowledged(ledgers, county);
  const members = all('members');
  const branches = all('branches');
  const groups = all('groups');
  const checkins = all('checkins');
  const pushes = all('studyPushes');
  const signins = all('themedaySignins');
  const plans = all('themedayPlans');
  const unitCounters = new Map(all('unitCounters').map((c) => [c._id, c]));
  const users = new Map(all('users').map((u) => [u._id, u]));
  const memberOf = new Map(members.map((m) => [m.openid, m]));
  const ackByMemberId = new Map(ack.joined.map((m) => [m.memberId!, m]));

  const checks: Check[] = [
    check('data: member records', expectedMembers, members.length),
    check('data: one member record per openid', members.length, new Set(members.map((m) => m.openid)).size),
    check('data: acknowledged joins stored as answered', [], ack.joined.filter((m) => memberOf.get(m.openid)?._id !== m.memberId).map((m) => m.openid)),
    // A join writes no users document (the record alone makes him a member): one belongs to a role holder.
    check('data: no users document written by a join', [], members.filter((m) => users.has(m.openid) && !users.get(m.openid)?.grants?.length).map((m) => m.openid)),
    check('data: branch memberCount = member records', countBy(members, (m) => m.branchId), memberCounts(branches, 'branch', unitCounters)),
    check('data: group memberCount = member records', countBy(members, (m) => m.groupId), memberCounts(groups, 'group', unitCounters)),
    check('data: one check-in per member and push', checkins.length, new Set(checkins.map((c) => `${c.pushId}_${c.memberId}`)).size),
  ];

  const ackCheckins = ack.joined.flatMap((m) => [...m.checkins].map(([pushId, c]) => ({ id: `${pushId}_${m.memberId}`, ...c })));
  const stored = new Map(checkins.map((c) => [c._id, c]));
  checks.push(check('data: acknowledged check-ins stored with the last acknowledged text', [], ackCheckins.filter((a) => stored.get(a.id)?.text !== a.text).map((a) => a.id)));
  checks.push(check('data: no check-in that was never acknowledged', [], checkins.filter((c) => !ackByMemberId.get(c.memberId)?.checkins.has(c.pushId)).map((c) => c._id)));
  for (const [i, push] of pushes.entries()) {
    const mine = checkins.filter((c) => c.pushId === push._id);
    const counted = push.counters ?? {};
    checks.push(check(`data: push ${i + 1} counters = check-ins (total, by branch, by group)`, [mine.length, countBy(mine, (c) => c.branchId), countBy(mine, (c) => c.groupId)], [counted.total, sortKeys(counted.byBranch ?? {}), sortKeys(counted.byGroup ?? {})]));
  }

  checks.push(check('data: one sign-in per member and meeting', signins.length, new Set(signins.map((s) => `${s.occurrenceId}_${s.memberId}`)).size));
  const ackSignins = ack.joined.filter((m) => m.signin).map((m) => `${m.signin!.occurrenceId}_${m.memberId}:${m.signin!.mode}`).sort();
  checks.push(check('data: sign-ins = acknowledged sign-ins (meeting, member, mode)', ackSignins, signins.map((s) => `${s.occurrenceId}_${s.memberId}:${s.mode}`).sort()));
  const key = counterKey(county.month);
  const counters = (mode: string) => sortKeys(Object.fromEntries(plans.map((p) => [p._id, p.counters?.[key]?.[mode] ?? 0])));
  const inMonth = signins.filter((s) => s.month === county.month);
  checks.push(check('data: plan counters = sign-ins (signed in, online, on site)', [countBy(inMonth, (s) => s.branchId), countBy(inMonth.filter((s) => s.mode === 'online'), (s) => s.branchId), countBy(inMonth.filter((s) => s.mode === 'onsite'), (s) => s.branchId)], [counters('signedIn'), counters('online'), counters('onsite')]));
  return checks;
}
