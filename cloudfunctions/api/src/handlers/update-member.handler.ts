import type { ActionOutputs } from '@/contracts';
import { normalizeContactStatus } from '@/domain/member/contact-status.rules';
import { canEditMember } from '@/domain/member/edit.rules';
import { diffChanges } from '@/domain/member/history.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import type { Member, MemberUpdateInput } from '@/domain/member/member.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../context';
import { inTransaction, type DbHandle } from '../platform/cloud';
import { newId } from '../platform/ids';
import { getMember, insertChange, patchMember } from '../repos/members.repo';
import { bumpBranchCount, bumpGroupCount, getBranch, getGroup } from '../repos/org.repo';
import { syncUser } from '../repos/users.repo';

/**
 * Edits a record (his own when no memberId). The read, the rule, the update, the counter moves and
 * the history entry all happen in one transaction: a refused or failed edit changes nothing.
 */
export async function updateMemberHandler(input: MemberUpdateInput, { caller, now }: Ctx): Promise<ActionOutputs['member.update']> {
  const memberId = input.memberId ?? caller.memberId;
  if (!memberId) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, '您尚未加入支部');

  const { member, changed } = await inTransaction(async (tx) => {
    const before = await getMember(memberId, tx);
    if (!before) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '党员档案不存在');
    if (!canEditMember(caller, before, input.changes)) throw forbidden('无权修改该党员的这些信息');

    const changes = normalizeContactStatus(before, input.changes, now);
    const diff = diffChanges(before, changes);
    if (diff.length === 0) return { member: before, changed: [] as string[] };
    const patch = Object.fromEntries(diff.map((d) => [d.field, d.to])) as Partial<Member>;

    if (patch.branchId) await move(tx, 'branch', before.branchId, patch.branchId);
    if (patch.groupId) await move(tx, 'group', before.groupId, patch.groupId);
    await patchMember(tx, before._id, { ...patch, updatedAt: now });
    await insertChange(tx, { _id: newId(now), memberId: before._id, at: now, byOpenid: caller.openid, byName: caller.name ?? '', changes: diff });
    // The users document mirrors name and placement (the caller's context reads them from there).
    const moved = patch.branchId !== undefined || patch.groupId !== undefined;
    if (patch.name || moved) {
      const placement = moved ? { branchId: patch.branchId ?? before.branchId, groupId: patch.groupId ?? before.groupId } : undefined;
      await syncUser(tx, before.openid, { name: patch.name, placement }, now);
    }
    return { member: { ...before, ...patch, updatedAt: now } as Member, changed: diff.map((d) => d.field) };
  });
  return { member: viewForCaller(caller, member), changed };
}

async function move(tx: DbHandle, kind: 'branch' | 'group', from: string, to: string): Promise<void> {
  const target = kind === 'branch' ? await getBranch(to, tx) : await getGroup(to, tx);
  if (!target) throw new AppError(ErrorCodes.ORG_NOT_FOUND, kind === 'branch' ? '目标支部不存在' : '目标网上党小组不存在');
  const bump = kind === 'branch' ? bumpBranchCount : bumpGroupCount;
  await bump(tx, from, -1);
  await bump(tx, to, 1);
}
