import type { HometownOutputs } from '@/contracts/hometown';
import { canManageProject } from '@/domain/hometown/hometown-scope.rules';
import { canMoveProject, projectStageLabels, totalsDelta } from '@/domain/hometown/pipeline.rules';
import { needsBringer, type Project, type ProjectUpdateInput } from '@/domain/hometown/project.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { db, inTransaction } from '@shared/platform/cloud';
import { bumpTotals, getProject, patchProject } from '../../repos/projects.repo';
import { projectView } from './hometown-views';

/** Moves kept on a project (its document stays small). */
const HISTORY_KEPT = 50;

const EDITABLE = ['name', 'kind', 'industry', 'location', 'amount', 'jobs'] as const;

/**
 * Edits a project's figures and/or moves its stage. The read, the scope and move rules, the update
 * and the counters' shift happen in one transaction: a refused call (other scope, impossible move)
 * changes nothing, and two concurrent moves cannot both count.
 */
export async function projectUpdateHandler(input: ProjectUpdateInput, { caller, now }: Ctx): Promise<HometownOutputs['project.update']> {
  const after = await inTransaction(async (tx) => {
    const before = await getProject(input.projectId, tx);
    if (!before) throw new AppError(ErrorCodes.PROJECT_NOT_FOUND, '项目不存在');
    if (!canManageProject(caller, before)) throw forbidden('该项目不在您的管理范围内');
    const moving = input.stage !== undefined && input.stage !== before.stage;
    if (moving && !canMoveProject(before.stage, input.stage!)) {
      throw new AppError(ErrorCodes.PROJECT_BAD_MOVE, `项目不能从「${projectStageLabels[before.stage]}」改为「${projectStageLabels[input.stage!]}」`);
    }
    if (input.kind && input.kind !== before.kind && needsBringer(input.kind) && !before.memberId) {
      const message = `${input.kind}须有带来它的党员，本项目登记时未选党员，请重新登记`;
      throw new AppError(ErrorCodes.INPUT_INVALID, `类型：${message}`, [{ path: 'kind', message }]);
    }
    const patch: Partial<Project> = {};
    for (const key of EDITABLE) {
      if (input[key] !== undefined && input[key] !== before[key]) (patch as Record<string, unknown>)[key] = input[key];
    }
    if (moving) {
      patch.stage = input.stage;
      patch.history = [...before.history, { from: before.stage, to: input.stage!, at: now, byName: caller.name ?? '', note: input.note || null }].slice(-HISTORY_KEPT);
    } else if (input.note !== undefined && (input.note || null) !== before.note) {
      patch.note = input.note || null;
    }
    if (Object.keys(patch).length === 0) return { before, next: before };
    patch.updatedAt = now;
    const next = { ...before, ...patch };
    await patchProject(tx, before._id, patch);
    return { before, next };
  });
  // The county's totals document is shared by every project: moved after, by atomic increments.
  if (after.next !== after.before) await bumpTotals(db, after.before.branchId, totalsDelta(after.before, after.next), now);
  return projectView(after.next);
}
