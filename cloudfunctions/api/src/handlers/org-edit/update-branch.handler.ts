import type { ActionOutputs } from '@/contracts';
import { childrenProblem } from '@/domain/org/hierarchy.rules';
import type { UpdateBranchInput } from '@/domain/org/org-edit.schema';
import type { Branch } from '@/domain/org/org.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { isDuplicateKey } from '@shared/platform/db-errors';
import { branchNameTaken, childBranches, patchBranch } from '@shared/repos/org.repo';
import { nameTaken, requireParent } from '../org/create-branch.handler';
import { requireOrgAdmin } from '@shared/auth/guards';
import { existingBranch, requireActive } from './unit-guards';

/**
 * The county renames a unit, changes its kind, city, secretary's name or phone, or places it under
 * a 流动党委 / 流动党总支 (or takes it out). Its members, code and counters stay: the join code
 * still works after a rename. Secretary role grants are not touched here (roles are granted apart).
 */
export async function updateBranchHandler(input: UpdateBranchInput, { caller, now }: Ctx): Promise<ActionOutputs['org.updateBranch']> {
  requireOrgAdmin(caller);
  const branch = await existingBranch(input.branchId);
  requireActive(branch);
  const c = input.changes;
  const kind = c.kind ?? branch.kind;
  const parentId = c.parentId === undefined ? branch.parentId : c.parentId;

  if (parentId && (c.parentId !== undefined || c.kind !== undefined)) await requireParent(kind, parentId, branch._id);
  if (c.kind !== undefined && c.kind !== branch.kind) {
    const problem = childrenProblem(kind, await childBranches(branch._id));
    if (problem) throw new AppError(ErrorCodes.INPUT_INVALID, problem, [{ path: 'kind', message: problem }]);
  }
  if (c.name !== undefined && c.name !== branch.name && (await branchNameTaken(c.name))) throw nameTaken(c.name);

  const patch: Partial<Branch> = { updatedAt: now };
  for (const key of ['kind', 'name', 'city', 'secretaryName'] as const) if (c[key] !== undefined) patch[key] = c[key] as never;
  if (c.parentId !== undefined) patch.parentId = c.parentId;
  if (c.secretaryPhone !== undefined) patch.secretaryPhone = c.secretaryPhone;
  try {
    await patchBranch(branch._id, patch);
  } catch (err) {
    // A concurrent create or rename took the name after the check: the unique index refuses it.
    if (isDuplicateKey(err) && c.name) throw nameTaken(c.name);
    throw err;
  }
  return { ...branch, ...patch };
}
