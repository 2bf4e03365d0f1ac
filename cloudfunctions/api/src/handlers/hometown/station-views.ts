import type { StationView } from '@/contracts/hometown';
import type { Caller } from '@/domain/auth/grant';
import { seesNamedHeadPhone } from '@/domain/hometown/hometown-scope.rules';
import type { Station } from '@/domain/hometown/station.schema';
import { maskPhone, seesInFull } from '@/domain/member/mask.rules';
import type { Member } from '@/domain/member/member.schema';
import { membersByIds } from '@shared/repos/members.repo';

/**
 * The head as `caller` may see him: a member head's current name and phone (in full only for
 * himself and those who manage him, as in the ledger); a named head's phone in full for the county.
 */
export function stationView(caller: Caller, s: Station, members: Map<string, Member>): StationView {
  const { head, ...rest } = s;
  if (head.kind === 'person') {
    const full = seesNamedHeadPhone(caller);
    return { ...rest, head: { kind: 'person', memberId: null, name: head.name, phone: full ? head.phone : maskPhone(head.phone), masked: !full } };
  }
  const m = members.get(head.memberId);
  if (!m) return { ...rest, head: { kind: 'member', memberId: head.memberId, name: '（已不在册）', phone: null, masked: true } };
  const full = seesInFull(caller, m);
  return { ...rest, head: { kind: 'member', memberId: m._id, name: m.name, phone: full ? m.phone : maskPhone(m.phone), masked: !full } };
}

/** The member heads of `stations`, by id (one request for the whole list). */
export async function headsOf(stations: Station[]): Promise<Map<string, Member>> {
  const ids = [...new Set(stations.flatMap((s) => (s.head.kind === 'member' ? [s.head.memberId] : [])))];
  return new Map((await membersByIds(ids)).map((m) => [m._id, m]));
}
