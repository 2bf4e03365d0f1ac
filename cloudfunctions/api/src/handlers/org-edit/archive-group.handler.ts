import type { ActionOutputs } from '@/contracts';
import type { ArchiveGroupInput } from '@/domain/org/org-edit.schema';
import { isArchived } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { countMembers } from '@shared/repos/members.repo';
import { patchGroup } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { existingGroup } from './unit-guards';

/** Archives a village group once no member record names it (same order as archiving a branch), or restores it. */
export async function archiveGroupHandler(input: ArchiveGroupInput, { caller, now }: Ctx): Promise<ActionOutputs['org.archiveGroup']> {
  requireOrgAdmin(caller);
  const group = await existingGroup(input.groupId);
  if (isArchived(group) === input.archived) return group;
  if (!input.archived) {
    await patchGroup(group._id, { archivedAt: null, updatedAt: now });
    return { ...group, archivedAt: null, updatedAt: now };
  }
  await patchGroup(group._id, { archivedAt: now, updatedAt: now });
  const members = await countMembers({ groupId: group._id });
  if (members > 0) {
    await patchGroup(group._id, { archivedAt: null, updatedAt: now });
    throw new AppError(ErrorCodes.ORG_NOT_EMPTY, `「${group.name}」还有 ${members} 名党员，请先为他们改选家乡党小组再撤销`);
  }
  return { ...group, archivedAt: now, updatedAt: now };
}
