import type { ActionOutputs } from '@/contracts';
import type { Branch, CreateBranchInput } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { newBranchCode } from '../../platform/crypto';
import { isDuplicateKey } from '../../platform/db-errors';
import { newId } from '../../platform/ids';
import { branchNameTaken, getBranch, insertBranch } from '../../repos/org.repo';
import { requireOrgAdmin } from '../guards';

/** 流动党委 / 流动党支部 / 云支部. A committee may hold branches, not other committees. */
export async function createBranchHandler(input: CreateBranchInput, { caller, now }: Ctx): Promise<ActionOutputs['org.createBranch']> {
  requireOrgAdmin(caller);
  if (input.parentId) {
    const parent = await getBranch(input.parentId);
    if (!parent) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '上级党组织不存在');
    if (parent.kind !== '流动党委' || input.kind === '流动党委') {
      throw new AppError(ErrorCodes.INPUT_INVALID, '上级党组织须为流动党委', [{ path: 'parentId', message: '流动党委下只能设立流动党支部或云支部' }]);
    }
  }
  if (await branchNameTaken(input.name)) throw new AppError(ErrorCodes.ORG_DUPLICATE, `已有名为「${input.name}」的党组织`);

  // The code is random; the unique index on branches.code refuses the rare collision, so retry.
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
      memberCount: 0,
      createdAt: now,
    };
    try {
      await insertBranch(branch);
      return branch;
    } catch (err) {
      if (attempt >= 3 || !isDuplicateKey(err)) throw err;
    }
  }
}
