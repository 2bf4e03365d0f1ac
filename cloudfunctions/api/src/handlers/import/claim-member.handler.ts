import type { ActionOutputs } from '@/contracts';
import type { MemberClaimInput } from '@/domain/import/import.schema';
import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { attachOpenid } from '../../repos/claims.repo';
import { getMember, getMemberByOpenid } from '@shared/repos/members.repo';
import { branchOfScene, verifiedScene } from '../member/scene';

const noMatch = () => new AppError(ErrorCodes.JOIN_CLAIM_INVALID, '没有找到与该手机号和姓名相符、尚未认领的档案，请核对后重试或联系支部书记');

/**
 * `member.claim`: the member confirms the record the county imported for him (join.match found it)
 * and it becomes his, as a join would have made it: one transaction checks the record is still
 * unclaimed, in the scanned branch, with his phone and name, and swaps the placeholder openid for
 * his; from then on every call finds him by it (no users document is written). No counter moves:
 * the import counted the record. Two users claiming one record collide on it (one transaction
 * fails, and its caller is told it is taken); one user claiming twice collides on the unique index
 * on openid.
 */
export async function claimMemberHandler(input: MemberClaimInput, { caller, now }: Ctx): Promise<ActionOutputs['member.claim']> {
  const branch = await branchOfScene(await verifiedScene(input.scene));
  if (caller.memberId) throw new AppError(ErrorCodes.JOIN_CLAIM_INVALID, '你已加入云支部，每名党员只需加入一次');
  try {
    const member = await inTransaction(async (tx) => {
      const record = await getMember(input.memberId, tx);
      if (!record || !record.unclaimed || record.branchId !== branch._id || record.phone !== input.phone || record.name !== input.name) throw noMatch();
      await attachOpenid(tx, record._id, caller.openid, now);
      const { unclaimed: _u, ...claimed } = record;
      return { ...claimed, openid: caller.openid, updatedAt: now } as Member;
    });
    return { member: { ...member, masked: false }, claimed: true };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const mine = await getMemberByOpenid(caller.openid);
    if (mine?._id === input.memberId) return { member: { ...mine, masked: false }, claimed: false };
    if (mine) throw new AppError(ErrorCodes.JOIN_CLAIM_INVALID, '你已加入云支部，每名党员只需加入一次');
    const record = await getMember(input.memberId);
    if (!record?.unclaimed) throw new AppError(ErrorCodes.JOIN_CLAIM_INVALID, '该档案已被认领，如非本人操作请联系支部书记');
    throw err;
  }
}
