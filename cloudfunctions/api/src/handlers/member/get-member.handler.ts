import type { ActionOutputs } from '@/contracts';
import { canReadMember } from '@/domain/auth/scope.rules';
import { maskChangeEntry, seesInFull, viewForCaller } from '@/domain/member/mask.rules';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getMember, recentChanges } from '@shared/repos/members.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { inflowHistory, inflowView } from '@/domain/agreement/co-manage.rules';
import { coAgreementFor } from '../agreement/co-managed';
import { existingMember } from '@shared/auth/guards';

export const HISTORY_LIMIT = 50;

/**
 * One record and its last 50 changes, newest first: for himself, his managers, and (masked)
 * sysadmin, with the names of his branch and village group (two reads in parallel).
 */
export async function getMemberHandler(input: { memberId: string }, { caller }: Ctx): Promise<ActionOutputs['member.get']> {
  const [found, history] = await Promise.all([getMember(input.memberId), recentChanges(input.memberId, HISTORY_LIMIT)]);
  const member = existingMember(found);
  if (!canReadMember(caller, member)) {
    // 双向共管: the inflow side sees the agreed fields and the shared history of those fields.
    const agreement = await coAgreementFor(caller, member);
    if (!agreement) throw forbidden('无权查看该党员档案');
    return { member: inflowView(member, agreement), history: inflowHistory(history, agreement) };
  }
  const full = seesInFull(caller, member);
  const [branch, group] = await Promise.all([getBranch(member.branchId), getGroup(member.groupId)]);
  return {
    member: { ...viewForCaller(caller, member), branchName: branch?.name, groupName: group?.name },
    history: full ? history : history.map(maskChangeEntry),
  };
}
