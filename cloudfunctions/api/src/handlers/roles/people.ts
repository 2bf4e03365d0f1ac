import type { Person } from '@/contracts/roles';
import type { Caller } from '@/domain/auth/grant';
import { personOf } from '@/domain/roles/person.rules';
import { membersByIds } from '@shared/repos/members.repo';
import { usersByOpenids } from '@shared/repos/users.repo';

/**
 * The one place that turns openids into people (name, phone, 单位/职务) for every page that shows
 * an organiser: two requests whatever the number (users, then the members among them).
 */
export async function peopleFor(caller: Caller, openids: string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(openids)];
  const users = await usersByOpenids(unique);
  const memberIds = users.flatMap((u) => (u.memberId ? [u.memberId] : []));
  const members = new Map((await membersByIds(memberIds)).map((m) => [m._id, m]));
  const byOpenid = new Map(users.map((u) => [u._id, u]));
  return new Map(
    unique.map((o) => {
      const u = byOpenid.get(o) ?? null;
      return [o, personOf(caller, o, u, u?.memberId ? (members.get(u.memberId) ?? null) : null)];
    }),
  );
}
