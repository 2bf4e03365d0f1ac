import type { ActionOutputs } from '@/contracts';
import type { Ctx } from '@shared/dispatch/context';
import { getCounty } from '@shared/repos/config.repo';
import { reviewsOpenRound } from '../../repos/evaluations.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { getTransfer } from '../../repos/transfers.repo';
import { joinRequestOf, joinRequestViews } from '../joining/join-views';
import { transferView } from '../transfer/transfer-views';

/**
 * Who am I: grants, my record (null before joining), my branch, group and county, whether I review
 * a round; before joining, my join request (待审核 / refused); after, my transfer waiting for a decision.
 */
export async function meHandler(_input: unknown, { caller, member }: Ctx): Promise<ActionOutputs['member.me']> {
  // His record came with the caller read.
  const [county, reviewing] = await Promise.all([getCounty(), reviewsOpenRound(caller.openid)]);
  const [branch, group, request, transfer] = await Promise.all([
    member ? getBranch(member.branchId) : null,
    member ? getGroup(member.groupId) : null,
    member || !county ? null : joinRequestOf(caller.openid),
    member?.pendingTransferId ? getTransfer(member.pendingTransferId) : null,
  ]);
  return {
    openid: caller.openid,
    name: caller.name,
    grants: caller.grants,
    member: member ? { ...member, masked: false, branchName: branch?.name, groupName: group?.name } : null,
    branch: branch ? { _id: branch._id, name: branch.name, city: branch.city, kind: branch.kind, secretaryName: branch.secretaryName } : null,
    group: group ? { _id: group._id, name: group.name, township: group.township, village: group.village } : null,
    county: county ? { name: county.name } : null,
    reviewing,
    joinRequest: request ? (await joinRequestViews([request]))[0] : null,
    pendingTransfer: transfer?.state === 'pending' ? transferView(transfer) : null,
  };
}
