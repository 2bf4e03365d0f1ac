import type { ActionOutputs } from '@/contracts';
import type { UpdateGroupInput } from '@/domain/org/org-edit.schema';
import type { Group } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { groupTaken, patchGroup } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { existingGroup, requireActive } from './unit-guards';

/** The county corrects a village group's township, village or name; its members stay in it. */
export async function updateGroupHandler(input: UpdateGroupInput, { caller, now }: Ctx): Promise<ActionOutputs['org.updateGroup']> {
  requireOrgAdmin(caller);
  const group = await existingGroup(input.groupId);
  requireActive(group);
  const township = input.changes.township ?? group.township;
  const village = input.changes.village ?? group.village;
  const moved = township !== group.township || village !== group.village;
  const taken = () => new AppError(ErrorCodes.ORG_DUPLICATE, `${township}${village}已有网上党小组`, [{ path: 'village', message: '该村已有网上党小组' }]);
  if (moved && (await groupTaken(township, village))) throw taken();

  const patch: Partial<Group> = { updatedAt: now };
  if (moved) Object.assign(patch, { township, village });
  if (input.changes.name !== undefined) patch.name = input.changes.name;
  try {
    await patchGroup(group._id, patch);
  } catch (err) {
    // The unique (township, village) index refuses a concurrent create or move onto the same village.
    if (isDuplicateKey(err)) throw taken();
    throw err;
  }
  return { ...group, ...patch };
}
