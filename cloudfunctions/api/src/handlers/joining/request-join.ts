import type { JoinRequestView } from '@/contracts/joining';
import type { JoinRequest } from '@/domain/join/join-approval.schema';
import type { SelfProfile } from '@/domain/member/member.schema';
import type { Branch } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { db } from '@shared/platform/cloud';
import { getJoinRequest, putJoinRequest } from '../../repos/join-requests.repo';
import { getGroup } from '@shared/repos/org.repo';
import { joinRequestId, joinRequestViews } from './join-views';
import { organiserOpenids } from '@shared/repos/notices.repo';
import { notifyTodo } from '../notify-todo';

/**
 * A join to a branch that approves new members: his request waits (待审核) until its secretary or
 * the county decides. Nothing is counted and no record exists before that. Asking again while
 * waiting for the same branch answers the waiting request; a new branch or new details replace it.
 */
export async function requestJoin(openid: string, branch: Branch, groupId: string, profile: SelfProfile, now: number): Promise<JoinRequestView> {
  if (!(await getGroup(groupId))) throw new AppError(ErrorCodes.JOIN_GROUP_INVALID, '所选网上党小组不存在，请重新选择');
  const id = await joinRequestId(openid);
  const waiting = await getJoinRequest(id);
  if (waiting?.state === 'pending' && waiting.branchId === branch._id && waiting.groupId === groupId && JSON.stringify(waiting.profile) === JSON.stringify(profile)) {
    return (await joinRequestViews([waiting]))[0];
  }
  const request: JoinRequest = { _id: id, openid, branchId: branch._id, groupId, profile, state: 'pending', requestedAt: now, decidedAt: null, decidedByName: null, decisionNote: null };
  await putJoinRequest(db, request);
  // A request replacing an older one is a new event (its time in the key): the secretary hears of it again.
  const deciders = await organiserOpenids([{ role: 'secretary', branchId: branch._id }]);
  await notifyTodo('joinsToDecide', `${id}-${now}`, deciders, `${profile.name}申请加入${branch.name}`, { openid, now });
  return (await joinRequestViews([request]))[0];
}
