import type { Member } from '@/domain/member/member.schema';
import { isArchived, type Group } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { unclaimedWithPhone } from '../../repos/claims.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';

/**
 * Before a join creates a record: the village group must be active, and no imported record may
 * hold his phone (he claims that one instead of creating a second: join.match / member.claim).
 */
export async function requireJoinable(groupId: string, phone: string, branchId: string, found: { group?: Group | null; imported?: Member[] } = {}): Promise<void> {
  // What the caller's read brought (member.join's plan) is used as it is; what it did not is read here.
  const [group, imported] = await Promise.all([found.group !== undefined ? found.group : getGroup(groupId), found.imported ?? unclaimedWithPhone(phone)]);
  if (!group || isArchived(group)) throw new AppError(ErrorCodes.JOIN_GROUP_INVALID, '所选网上党小组不存在，请重新选择');
  if (!imported.length) return;
  const here = imported.find((m) => m.branchId === branchId);
  if (here) throw new AppError(ErrorCodes.JOIN_CLAIM_REQUIRED, '县委组织部已为该手机号导入了党员档案，请核对姓名后确认认领，无需重新填写');
  const other = await getBranch(imported[0].branchId);
  throw new AppError(ErrorCodes.JOIN_CLAIM_REQUIRED, `该手机号的党员档案在「${other?.name ?? '其他支部'}」，请扫描该支部的二维码认领`);
}
