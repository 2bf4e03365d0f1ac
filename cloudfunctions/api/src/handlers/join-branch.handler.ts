import type { ActionOutputs, MemberView } from '@/contracts';
import type { JoinInput, Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '../context';
import { inTransaction } from '../platform/cloud';
import { newId } from '../platform/ids';
import { getMember, getMemberByOpenid, insertMember } from '../repos/members.repo';
import { bumpBranchCount, bumpGroupCount, getGroup } from '../repos/org.repo';
import { getUser, putUser } from '../repos/users.repo';
import { branchOfCode, verifiedCode } from './scene';

const own = (member: Member): MemberView => ({ ...member, masked: false });

/**
 * Scanning a branch's code creates the member's record ONCE. The transaction reads and writes the
 * caller's users document (`_id` = openid), so two joins of one user serialise on it; the unique
 * index on members.openid is the backstop if they still race. The loser answers the winner's
 * record with `created: false`, as does any later join.
 */
export async function joinBranchHandler(input: JoinInput, { caller, user, now }: Ctx): Promise<ActionOutputs['member.join']> {
  const code = await verifiedCode(input.scene);
  if (caller.memberId) return { member: own(await existing(caller.openid, caller.memberId)), created: false };

  const [branch, group] = await Promise.all([branchOfCode(code), getGroup(input.groupId)]);
  if (!group) throw new AppError(ErrorCodes.JOIN_GROUP_INVALID, '所选网上党小组不存在，请重新选择');

  const { scene: _scene, groupId: _groupId, ...profile } = input;
  const member: Member = {
    _id: newId(now),
    openid: caller.openid,
    ...profile,
    status: '正常',
    lostContactAt: null,
    tags: [],
    branchId: branch._id,
    groupId: group._id,
    joinedAt: now,
    updatedAt: now,
  };
  try {
    const earlier = await inTransaction(async (tx) => {
      const current = await getUser(caller.openid, tx);
      if (current?.memberId) return current.memberId;
      await insertMember(tx, member);
      await putUser(tx, {
        _id: caller.openid,
        name: current?.name ?? member.name,
        memberId: member._id,
        grants: current?.grants ?? [],
        createdAt: current?.createdAt ?? user?.createdAt ?? now,
        updatedAt: now,
      });
      await bumpBranchCount(tx, branch._id, 1);
      await bumpGroupCount(tx, group._id, 1);
      return null;
    });
    if (earlier) return { member: own(await existing(caller.openid, earlier)), created: false };
    return { member: own(member), created: true };
  } catch (err) {
    // A concurrent join of the same user won (unique openid): answer his record.
    const winner = await getMemberByOpenid(caller.openid);
    if (winner) return { member: own(winner), created: false };
    throw err;
  }
}

async function existing(openid: string, memberId: string): Promise<Member> {
  const member = (await getMember(memberId)) ?? (await getMemberByOpenid(openid));
  if (!member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '党员档案不存在');
  return member;
}
