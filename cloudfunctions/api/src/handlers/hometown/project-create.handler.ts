import type { HometownOutputs } from '@/contracts/hometown';
import { canManageProject } from '@/domain/hometown/hometown-scope.rules';
import { totalsDelta } from '@/domain/hometown/pipeline.rules';
import type { Project, ProjectCreateInput } from '@/domain/hometown/project.schema';
import { isCountyWide, canManageMember } from '@/domain/auth/scope.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { db } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { getMember } from '@shared/repos/members.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { bumpTotals, insertProject } from '../../repos/projects.repo';
import { projectView } from './hometown-views';

/**
 * A new return-home project enters the pipeline as a lead. The county files it for itself or for a
 * branch; a secretary for one of his branches. The member who brings it home, when named, must be
 * one the caller manages. Insert and counters move in one transaction.
 */
export async function projectCreateHandler(input: ProjectCreateInput, { caller, now }: Ctx): Promise<HometownOutputs['project.create']> {
  const branchId = input.branchId ?? null;
  if (!canManageProject(caller, { branchId })) throw forbidden('县委组织部可登记全县项目，支部书记只能登记本支部跟进的项目');
  const [branch, group, member] = await Promise.all([
    branchId ? getBranch(branchId) : null,
    input.groupId ? getGroup(input.groupId) : null,
    input.memberId ? getMember(input.memberId) : null,
  ]);
  if (branchId && !branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选支部不存在');
  if (input.groupId && !group) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选村（网上党小组）不存在');
  if (input.memberId && !member) throw new AppError(ErrorCodes.MEMBER_NOT_FOUND, '所选党员不存在');
  if (member && !isCountyWide(caller) && !canManageMember(caller, member)) throw forbidden('只能关联您管理的党员');

  const project: Project = {
    _id: newId(now),
    name: input.name,
    kind: input.kind,
    industry: input.industry,
    location: input.location,
    groupId: group?._id ?? null,
    memberId: member?._id ?? null,
    memberName: member?.name ?? null,
    branchId,
    amount: input.amount,
    jobs: input.jobs,
    note: input.note || null,
    stage: 'lead',
    history: [{ from: null, to: 'lead', at: now, byName: caller.name ?? '', note: input.note || null }],
    createdBy: caller.openid,
    createdAt: now,
    updatedAt: now,
  };
  await insertProject(db, project);
  await bumpTotals(db, branchId, totalsDelta(null, project), now);
  return projectView(project);
}
