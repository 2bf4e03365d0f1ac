import type { ActionOutputs } from '@/contracts';
import type { JoinDecideInput } from '@/domain/join/join-approval.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import { speaksFor } from '@/domain/transfer/transfer.rules';
import type { Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { decideJoinRequest, getJoinRequest } from '../../repos/join-requests.repo';
import { getMemberByOpenid } from '@shared/repos/members.repo';
import { enrolMember } from '../member/join-branch.handler';
import { requireJoinable } from '../import/joinable';
import { joinRequestViews } from './join-views';

/**
 * The branch's secretary (or the county) approves a waiting join — his record is created exactly
 * as a direct join creates it — or refuses it with a reason he sees. The record comes first: if
 * marking the request fails after it, a second approval finds him joined and says so.
 */
export async function joinDecideHandler(input: JoinDecideInput, { caller, now }: Ctx): Promise<ActionOutputs['join.decide']> {
  const request = await getJoinRequest(input.requestId);
  if (!request || request.state !== 'pending') throw new AppError(ErrorCodes.JOIN_REQUEST_NOT_FOUND, '该入支部申请不存在或已处理');
  if (!speaksFor(caller, request.branchId)) throw forbidden('仅本支部书记或县委组织部可审核入支部申请');
  if (input.approve && (await getMemberByOpenid(request.openid))) throw new AppError(ErrorCodes.JOIN_ALREADY_MEMBER, '申请人已加入支部，无需再同意；请点「不同意」结束此申请');

  let memberId: string | null = null;
  if (input.approve) {
    // The group may have been archived, or his phone imported, since he asked.
    await requireJoinable(request.groupId, request.profile.phone, request.branchId);
    const { member } = await enrolMember(request.openid, request.profile, { _id: request.branchId }, request.groupId, now);
    memberId = member._id;
  }
  const decision = { state: input.approve ? ('approved' as const) : ('refused' as const), decidedAt: now, decidedByName: caller.name ?? '组织', decisionNote: input.note ?? null };
  await decideJoinRequest(db, request._id, decision);
  return { request: (await joinRequestViews([{ ...request, ...decision }]))[0], memberId };
}
