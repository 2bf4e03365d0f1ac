import type { Person } from '@/contracts/roles';
import type { Caller } from '@/domain/auth/grant';
import { personOf } from '@/domain/roles/person.rules';
import { membersByOpenids } from '@shared/repos/members.repo';
import { usersByOpenids } from '@shared/repos/users.repo';

/**
 * The one place that turns openids into people (name, phone, 单位/职务) for every page that shows
 * an organiser: two requests at once whatever the number (their users documents, and the member
 * records with their openids).
 */
export async function peopleFor(caller: Caller, openids: string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(openids)];
  const [users, members] = await Promise.all([usersByOpenids(unique), membersByOpenids(unique)]);
  const userOf = new Map(users.map((u) => [u._id, u]));
  const memberOf = new Map(members.map((m) => [m.openid, m]));
  return new Map(unique.map((o) => [o, personOf(caller, o, userOf.get(o) ?? null, memberOf.get(o) ?? null)]));
}
