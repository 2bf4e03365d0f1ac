import type { ActionOutputs } from '@/contracts';
import type { CreateGroupInput, Group } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { groupTaken, insertGroup } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { db } from '@shared/platform/cloud';
import { insertUnitCounters } from '@shared/repos/counters.repo';

/** 网上党小组 of one home village (under its township); members pick it when they join. */
export async function createGroupHandler(input: CreateGroupInput, { caller, now }: Ctx): Promise<ActionOutputs['org.createGroup']> {
  requireOrgAdmin(caller);
  if (await groupTaken(input.township, input.village)) {
    throw new AppError(ErrorCodes.ORG_DUPLICATE, `${input.township}${input.village}已有网上党小组`);
  }
  const group: Group = {
    _id: newId(now),
    township: input.township,
    village: input.village,
    name: input.name || `${input.village}网上党小组`,
    createdAt: now,
  };
  try {
    await insertGroup(group);
  } catch (err) {
    // A concurrent create of the same village loses on the unique (township, village) index.
    if (await groupTaken(input.township, input.village)) throw new AppError(ErrorCodes.ORG_DUPLICATE, `${input.township}${input.village}已有网上党小组`);
    throw err;
  }
  await insertUnitCounters(db, 'group', group._id, now);
  return group;
}
