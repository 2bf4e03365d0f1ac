import type { ActionOutputs, MemberView } from '@/contracts';
import type { Branch, Group } from '@/domain/org/org.schema';
import type { JoinInput, Member, SelfProfile } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { foundList, foundOne, foundRoot, type Ctx } from '@shared/dispatch/context';
import { rememberJoinSecret, type SecretDoc } from '@shared/repos/config.repo';
import { db } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { newId } from '@shared/platform/ids';
import { getMember, getMemberByOpenid, insertMember } from '@shared/repos/members.repo';
import { applyCounterDeltas } from '@shared/repos/counters.repo';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { attachMember, insertUser, type UserDoc } from '@shared/repos/users.repo';
import { branchOfScene, verifiedScene } from './scene';
import { requestJoin } from '../joining/request-join';
import { requireJoinable } from '../import/joinable';

const own = (member: Member): MemberView => ({ ...member, masked: false });

/**
 * Scanning a branch's code creates the member's record ONCE, or — when the branch approves new
 * joins — files his request (joining/request-join.ts), and the record is created on approval.
 */
export async function joinBranchHandler(input: JoinInput, ctx: Ctx): Promise<ActionOutputs['member.join']> {
  const { caller, user, now } = ctx;
  // The secret, the scene's branch, the group and imported records with his phone came with the caller (caller-reads.ts).
  const scene = await verifiedScene(input.scene, rememberJoinSecret(foundRoot<SecretDoc>(ctx)));
  if (caller.memberId) return { member: own(await existing(caller.openid, caller.memberId)), created: false };
  const branch = await branchOfScene(scene, foundOne<Branch>(ctx, 'branch'));
  await requireJoinable(input.groupId, input.phone, branch._id, { group: foundOne<Group>(ctx, 'group'), imported: foundList<Member>(ctx, 'imported') });

  const { scene: _scene, groupId, ...profile } = input;
  if (branch.joinApproval) return { member: null, created: false, request: await requestJoin(caller.openid, branch, groupId, profile, now) };
  const { member, created } = await enrolMember(caller.openid, user, profile, branch, groupId, now);
  return { member: own(member), created };
}

/**
 * Creates a member's record in `branch`, with no transaction and no shared document written inside
 * one (many members join one branch at once). The record is the idempotency key: the unique index
 * on members.openid makes a second insert fail, which answers the stored record (and re-attaches
 * his users document, should a crash have cut the first call). Then his users document (`_id` =
 * openid) learns where he sits, and the branch's and group's counters move by atomic increments;
 * a crash before them leaves drift the reconciler mends (docs/write-paths.md). The caller has
 * checked the group with requireJoinable (active, no imported record holds his phone).
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
  try {
    await insertMember(db, member);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const winner = await getMemberByOpenid(openid);
    if (!winner) throw err;
    await placeUser(openid, user, winner, now);
    return { member: winner, created: false };
  }
  await placeUser(openid, user, member, now);
  await applyCounterDeltas(memberCounterDeltas(null, member), now);
  return { member, created: true };
}

/** His users document points at the record (created, or updated without touching his grants). */
async function placeUser(openid: string, known: UserDoc | null, member: Member, now: number): Promise<void> {
  const placement = { branchId: member.branchId, groupId: member.groupId };
  if (!known) {
    try {
      return await insertUser(db, { _id: openid, name: member.name, memberId: member._id, grants: [], placement, createdAt: now, updatedAt: now });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err; // created meanwhile (a role granted at that moment): attach below
    }
  }
  await attachMember(db, openid, member._id, known?.name ?? member.name, placement, now);
}

async function existing(openid: string, memberId: string): Promise<Member> {
  const member = (await getMember(memberId)) ?? (await getMemberByOpenid(openid));
  if (!member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '党员档案不存在');
  return member;
}
