import type { ActionOutputs, MemberView } from '@/contracts';
import type { Branch } from '@/domain/org/org.schema';
import type { JoinInput, Member, SelfProfile } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '../../platform/ids';
import { getMember, getMemberByOpenid, insertMember } from '../../repos/members.repo';
import { applyCounterDeltas } from '../../repos/counters.repo';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { attachMember, getUser, insertUser, type UserDoc } from '../../repos/users.repo';
import { branchOfScene, verifiedScene } from './scene';
import { requestJoin } from '../joining/request-join';
import { requireJoinable } from '../import/joinable';

const own = (member: Member): MemberView => ({ ...member, masked: false });
const groupInvalid = () => new AppError(ErrorCodes.JOIN_GROUP_INVALID, '所选网上党小组不存在，请重新选择');

/**
 * Scanning a branch's code creates the member's record ONCE, or — when the branch approves new
 * joins — files his request (joining/request-join.ts), and the record is created on approval.
 */
export async function joinBranchHandler(input: JoinInput, { caller, user, now }: Ctx): Promise<ActionOutputs['member.join']> {
  const scene = await verifiedScene(input.scene);
  if (caller.memberId) return { member: own(await existing(caller.openid, caller.memberId)), created: false };
  const branch = await branchOfScene(scene);
  await requireJoinable(input.groupId, input.phone, branch._id);

  const { scene: _scene, groupId, ...profile } = input;
  if (branch.joinApproval) return { member: null, created: false, request: await requestJoin(caller.openid, branch, groupId, profile, now) };
  const { member, created } = await enrolMember(caller.openid, user, profile, branch, groupId, now);
  return { member: own(member), created };
}

/**
 * Creates a member's record in `branch`. One transaction inserts the record, writes his users
 * document (`_id` = openid: created, or updated without touching his grants) and moves both
 * counters; the group's counter update doubles as its existence check. Two joins of one user
 * collide on the users document and on the unique index on members.openid, so one transaction
 * rolls back and that call answers the winner's record with `created: false`.
 */
export async function enrolMember(openid: string, user: UserDoc | null, profile: SelfProfile, branch: Pick<Branch, '_id'>, groupId: string, now: number): Promise<{ member: Member; created: boolean }> {
  const member: Member = {
    _id: newId(now),
    openid,
    ...profile,
    status: '正常',
    lostContactAt: null,
    tags: [],
    branchId: branch._id,
    groupId,
    joinedAt: now,
    updatedAt: now,
  };
  let known: UserDoc | null = user;
  for (let attempt = 1; ; attempt++) {
    try {
      await inTransaction(async (tx) => {
        // memberCount, 失联 and per-city counters of his group and branch; the group's update doubles as its existence check.
        if ((await applyCounterDeltas(tx, memberCounterDeltas(null, member))).length) throw groupInvalid();
        await insertMember(tx, member);
        const placement = { branchId: member.branchId, groupId: member.groupId };
        if (known) await attachMember(tx, openid, member._id, known.name ?? member.name, placement, now);
        else await insertUser(tx, { _id: openid, name: member.name, memberId: member._id, grants: [], placement, createdAt: now, updatedAt: now });
      });
      return { member, created: true };
    } catch (err) {
      if (err instanceof AppError) throw err;
      // A concurrent join of the same user won: answer his record.
      const winner = await getMemberByOpenid(openid);
      if (winner) return { member: winner, created: false };
      // Or his users document appeared meanwhile (a role granted at that moment): retry once.
      if (attempt >= 2) throw err;
      known = await getUser(openid);
    }
  }
}

async function existing(openid: string, memberId: string): Promise<Member> {
  const member = (await getMember(memberId)) ?? (await getMemberByOpenid(openid));
  if (!member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '党员档案不存在');
  return member;
}
