import type { ActionOutputs, MemberView } from '@/contracts';
import type { JoinInput, Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { db } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { getGroup } from '../../repos/org.repo';
import { newId } from '../../platform/ids';
import { getMember, getMemberByOpenid, insertMember } from '../../repos/members.repo';
import { applyCounterDeltas } from '../../repos/counters.repo';
import { memberCounterDeltas } from '@/domain/stats/counter.rules';
import { attachMember, insertUser, type UserDoc } from '../../repos/users.repo';
import { branchOfCode, verifiedCode } from './scene';

const own = (member: Member): MemberView => ({ ...member, masked: false });
const groupInvalid = () => new AppError(ErrorCodes.JOIN_GROUP_INVALID, '所选网上党小组不存在，请重新选择');

/**
 * Scanning a branch's code creates the member's record ONCE, with no transaction and no shared
 * document written inside one (many members join one branch at once). The record is the
 * idempotency key: the unique index on members.openid makes a second insert fail, which answers
 * the stored record. Then his users document (`_id` = openid) learns where he sits, and the
 * branch's and group's counters move by atomic increments. A crash between the record and its
 * counters leaves drift that the reconciler (stats.reconcile, cron-reconcile) mends from the
 * records; a replay after such a crash answers the record and re-attaches the users document.
 */
export async function joinBranchHandler(input: JoinInput, { caller, user, now }: Ctx): Promise<ActionOutputs['member.join']> {
  const code = await verifiedCode(input.scene);
  if (caller.memberId) return { member: own(await existing(caller.openid, caller.memberId)), created: false };
  const [branch, group] = await Promise.all([branchOfCode(code), getGroup(input.groupId)]);
  if (!group) throw groupInvalid();

  const { scene: _scene, groupId, ...profile } = input;
  const member: Member = {
    _id: newId(now),
    openid: caller.openid,
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
    // He joined already (a concurrent call, or one that died before its users document): answer that record.
    const winner = await getMemberByOpenid(caller.openid);
    if (!winner) throw err;
    await placeUser(caller.openid, user, winner, now);
    return { member: own(winner), created: false };
  }
  await placeUser(caller.openid, user, member, now);
  await applyCounterDeltas(db, memberCounterDeltas(null, member));
  return { member: own(member), created: true };
}

/** His users document points at the record (created, or updated without touching his grants). */
async function placeUser(openid: string, known: UserDoc | null, member: Member, now: number): Promise<void> {
  const placement = { branchId: member.branchId, groupId: member.groupId };
  const first: Omit<UserDoc, '_id'> = { name: member.name, memberId: member._id, grants: [], placement, createdAt: now, updatedAt: now };
  if (!known) {
    try {
      return await insertUser(db, { _id: openid, ...first });
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
