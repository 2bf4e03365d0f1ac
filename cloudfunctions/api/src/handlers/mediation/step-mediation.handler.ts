import type { MediationOutputs } from '@/contracts/mediation';
import { personRef } from '@/domain/care/person.rules';
import { addStep, canStep } from '@/domain/mediation/mediation.rules';
import type { MediationStep, MediationStepInput } from '@/domain/mediation/mediation.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getMember } from '@shared/repos/members.repo';
import { appendStep, getMediation } from '../../repos/mediations.repo';
import { requireCleanText } from '../clean-text';
import { mediationNotFound, mediationView } from './mediation-views';

/**
 * 调解经过: the handler (or who supervises the member) records a step; with an outcome the step
 * closes the case. The step lands only on the case as the caller read it (appendStep): a step
 * someone else added meanwhile makes him reload.
 */
export async function stepMediationHandler(input: MediationStepInput, { caller, now }: Ctx): Promise<MediationOutputs['mediation.step']> {
  const c = await getMediation(input.caseId);
  if (!c) throw mediationNotFound();
  if (!canStep(caller, c)) throw forbidden('只有承办人或支部书记、组织部可以记录调解经过');
  const step: MediationStep = { at: now, by: { openid: caller.openid, name: personRef(caller).name }, note: input.note, ...(input.outcome ? { outcome: input.outcome } : {}) };
  const r = addStep(c, step);
  if (!r.ok) throw new AppError(ErrorCodes.MEDIATION_CLOSED, r.reason === 'closed' ? '该调解案件已结案' : '该调解案件的记录已满');
  await requireCleanText([input.note], caller.openid, '内容含有不适宜发布的信息，请修改后再提交');
  const patch = { state: r.state, outcome: r.outcome, updatedAt: now };
  if (!(await appendStep(c._id, c.steps.length, step, patch))) throw new AppError(ErrorCodes.MEDIATION_CLOSED, '该案件刚被他人更新，请刷新后再记录');
  return mediationView(caller, { ...c, ...patch, steps: [...c.steps, step] }, (await getMember(c.memberId))?.phone ?? null);
}
