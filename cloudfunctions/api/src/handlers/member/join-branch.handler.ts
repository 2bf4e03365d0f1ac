import type { ActionOutputs, MemberView } from '@/contracts';
import type { Branch, Group } from '@/domain/org/org.schema';
import type { JoinInput, Member, SelfProfile } from '@/domain/member/member.schema';
import { foundList, foundOne, foundRoot, type Ctx } from '@shared/dispatch/context';
import { rememberJoinSecret, type SecretDoc } from '@shared/repos/config.repo';
import { db } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { newId } from '@shared/platform/ids';
import { getMemberByOpenid, insertMember } from '@shared/repos/members.repo';
import { applyCounterDeltas } from '@shared/repos/counters.repo';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { branchOfScene, verifiedScene } from './scene';
import { requestJoin } from '../joining/request-join';
import { requireJoinable } from '../import/joinable';

const own = (member: Member): MemberView => ({ ...member, masked: false });

/**
 * Scanning a branch's code creates the member's record ONCE, or — when the branch approves new
 * joins — files his request (joining/request-join.ts), and the record is created on approval.
 */
export async function joinBranchHandler(input: JoinInput, ctx: Ctx): Promise<ActionOutputs['member.join']> {
  const { caller, now } = ctx;
  // His record, the secret, the scene's branch, the group and imported records with his phone came with the caller (caller-reads.ts).
  const scene = await verifiedScene(input.scene, rememberJoinSecret(foundRoot<SecretDoc>(ctx)));
  if (ctx.member) return { member: own(ctx.member), created: false };
  const branch = await branchOfScene(scene, foundOne<Branch>(ctx, 'branch'));
  await requireJoinable(input.groupId, input.phone, branch._id, { group: foundOne<Group>(ctx, 'group'), imported: foundList<Member>(ctx, 'imported') });

  const { scene: _scene, groupId, ...profile } = input;
  if (branch.joinApproval) return { member: null, created: false, request: await requestJoin(caller.openid, branch, groupId, profile, now) };
  const { member, created } = await enrolMember(caller.openid, profile, branch, groupId, now);
  return { member: own(member), created };
}

/**
 * Creates a member's record in `branch`, with no transaction and no shared document written inside
 * one (many members join one branch at once). The record is the idempotency key: the unique index
 * on members.openid makes a second insert fail, which answers the stored record. It is also all
 * that makes him a member: every later call finds it by his openid (repos/caller.repo.ts), so no
 * users document is written. Then the branch's and group's counters move by atomic increments (one
 * update of their unitCounters documents); a crash before it leaves drift the reconciler mends
 * (docs/write-paths.md). The caller has
 * checked the group with requireJoinable (active, no imported record holds his phone).
 */
export async function enrolMember(openid: string, profile: SelfProfile, branch: Pick<Branch, '_id'>, groupId: string, now: number): Promise<{ member: Member; created: boolean }> {
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
    return { member: winner, created: false };
  }
  await applyCounterDeltas(memberCounterDeltas(null, member), now);
  return { member, created: true };
}
