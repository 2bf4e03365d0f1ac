import type { ActionOutputs } from '@/contracts';
import { parentProblem } from '@/domain/org/hierarchy.rules';
import type { Branch, CreateBranchInput } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newBranchCode } from '../../platform/crypto';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { newId } from '@shared/platform/ids';
import { branchNameTaken, getBranch, insertBranch } from '@shared/repos/org.repo';
import { requireOrgAdmin } from '@shared/auth/guards';
import { db } from '@shared/platform/cloud';
import { insertUnitCounters } from '@shared/repos/counters.repo';

export const nameTaken = (name: string) => new AppError(ErrorCodes.ORG_DUPLICATE, `已有名为「${name}」的党组织`, [{ path: 'name', message: '名称已被使用' }]);

/** Where a unit of `kind` may sit (src/domain/org/hierarchy.rules.ts); refused with the reason. */
export async function requireParent(kind: Branch['kind'], parentId: string, selfId?: string): Promise<void> {
  const parent = await getBranch(parentId);
  if (!parent) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '上级党组织不存在');
  const problem = parentProblem(kind, parent, selfId);
  if (problem) throw new AppError(ErrorCodes.INPUT_INVALID, problem, [{ path: 'parentId', message: problem }]);
}

/**
 * 流动党委 / 流动党总支 / 流动党支部 / 云支部. A name is one unit's: the unique index on
 * branches.name refuses a second insert of it, so concurrent creates cannot both succeed (the read
 * before only spares the common case a failed write).
 */
export async function createBranchHandler(input: CreateBranchInput, { caller, now }: Ctx): Promise<ActionOutputs['org.createBranch']> {
  requireOrgAdmin(caller);
  if (input.parentId) await requireParent(input.kind, input.parentId);
  if (await branchNameTaken(input.name)) throw nameTaken(input.name);

  // The code is random: a duplicate key that is not the name is the rare code collision, so retry.
  for (let attempt = 1; ; attempt++) {
    const branch: Branch = {
      _id: newId(now),
      code: newBranchCode(),
      kind: input.kind,
      name: input.name,
      city: input.city,
      parentId: input.parentId ?? null,
      secretaryName: input.secretaryName,
      secretaryPhone: input.secretaryPhone ?? null,
      createdAt: now,
    };
    try {
      await insertBranch(branch);
      await insertUnitCounters(db, 'branch', branch._id, now);
      return branch;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      if (await branchNameTaken(input.name)) throw nameTaken(input.name);
      if (attempt >= 3) throw err;
    }
  }
}
