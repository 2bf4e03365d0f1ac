import type { Branch, Group } from '@/domain/org/org.schema';
import { isArchived } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getBranch, getGroup } from '@shared/repos/org.repo';

export async function existingBranch(id: string): Promise<Branch> {
  const branch = await getBranch(id);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  return branch;
}

export async function existingGroup(id: string): Promise<Group> {
  const group = await getGroup(id);
  if (!group) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
  return group;
}

/** An archived unit is restored before it is edited (its edits would otherwise go unseen). */
export function requireActive(unit: { name: string; archivedAt?: number | null }): void {
  if (isArchived(unit)) throw new AppError(ErrorCodes.ORG_ARCHIVED, `「${unit.name}」已撤销，请先恢复再修改`);
}
