import type { ActionOutputs } from '@/contracts';
import type { ArchiveBranchInput } from '@/domain/org/org-edit.schema';
import { isArchived } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { countMembers } from '@shared/repos/members.repo';
import { childBranches, getBranch, patchBranch } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { existingBranch } from './unit-guards';

/**
 * Archives a unit (never deletes it: its members' history, check-ins and theme days still name
 * it) once no member record and no active unit sit in it; or restores one. The mark is written
 * before the members are counted, and a join refuses an archived branch, so a join racing the
 * archive either lands before the count (and the archive is undone) or is refused. Counting
 * records rather than reading memberCount: a counter can lag its records until the reconciler runs.
 */
export async function archiveBranchHandler(input: ArchiveBranchInput, { caller, now }: Ctx): Promise<ActionOutputs['org.archiveBranch']> {
  requireOrgAdmin(caller);
  const branch = await existingBranch(input.branchId);
  if (isArchived(branch) === input.archived) return branch;

  if (!input.archived) {
    const parent = branch.parentId ? await getBranch(branch.parentId) : null;
    if (parent && isArchived(parent)) throw new AppError(ErrorCodes.ORG_ARCHIVED, `上级党组织「${parent.name}」已撤销，请先恢复它`);
    await patchBranch(branch._id, { archivedAt: null, updatedAt: now });
    return { ...branch, archivedAt: null, updatedAt: now };
  }

  const children = (await childBranches(branch._id)).filter((b) => !isArchived(b));
  if (children.length) {
    throw new AppError(ErrorCodes.ORG_NOT_EMPTY, `「${branch.name}」下还有${children.length}个党组织（${children.slice(0, 3).map((b) => b.name).join('、')}），请先调整或撤销它们`);
  }
  await patchBranch(branch._id, { archivedAt: now, updatedAt: now });
  const members = await countMembers({ branchId: branch._id });
  if (members > 0) {
    await patchBranch(branch._id, { archivedAt: null, updatedAt: now });
    throw new AppError(ErrorCodes.ORG_NOT_EMPTY, `「${branch.name}」还有 ${members} 名党员，请先将他们转到其他支部再撤销`);
  }
  return { ...branch, archivedAt: now, updatedAt: now };
}
