import type { MemberView } from '@/contracts';
import type { Caller } from '@/domain/auth/grant';
import { viewForCaller } from '@/domain/member/mask.rules';
import type { Member } from '@/domain/member/member.schema';
import { countedOf } from '@/domain/mobility/mobility.rules';
import type { MobilityEnd } from '@/domain/mobility/mobility.schema';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { _, inTransaction } from '@shared/platform/cloud';
import { applyCounterDeltas } from '@shared/repos/counters.repo';
import { getMember, insertChangeBy } from '@shared/repos/members.repo';
import { removePairing } from '../../repos/pairings.repo';
import { existingMember } from '@shared/auth/guards';

/**
 * Ends (mobility = the end) or reopens (null) a member's mobile status. One transaction over what
 * only he owns — his record (its `ended` is what every call resolving him reads, so pushes,
 * sign-ins and reminders stop reaching him without another read), its history, and on ending his 1+N
 * pairing (no contact reminders for someone who is home) — then his units' counters by atomic
 * `inc` outside it: an ended member leaves memberCount, the denominator of every completion rate,
 * and counts in endedCount / endedByReason.
 */
export async function changeMobility(memberId: string, caller: Caller, mobility: MobilityEnd | null, note: string, check: (m: Member) => void, now: number): Promise<MemberView> {
  const { before, after } = await inTransaction(async (tx) => {
    const member = existingMember(await getMember(memberId, tx));
    check(member);
    const ended = mobility !== null;
    await tx.collection('members').doc(member._id).update({ data: { ended, mobility: _.set(mobility), updatedAt: now } });
    await insertChangeBy(tx, caller, member._id, now, { note, changes: [{ field: 'mobility', from: member.mobility?.reason ?? null, to: mobility?.reason ?? null }] });
    if (ended) await removePairing(tx, member._id);
    return { before: member, after: { ...member, ended, mobility, updatedAt: now } as Member };
  });
  await applyCounterDeltas(memberCounterDeltas(countedOf(before), countedOf(after)), now);
  return viewForCaller(caller, after);
}
