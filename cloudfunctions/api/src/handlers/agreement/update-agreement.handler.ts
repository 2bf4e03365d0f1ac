import type { ActionOutputs } from '@/contracts';
import { MAX_COVERED, type Agreement, type AgreementUpdateInput } from '@/domain/agreement/agreement.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { coverMember, getAgreement, patchAgreement } from '../../repos/agreements.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { defined } from '@shared/repos/query';
import { requireAllMembers } from '@shared/auth/guards';
import { requireCounty, summaryOf } from './agreement-view';

/**
 * Changes an agreement's terms, ends or resumes it, and adds or removes covered members. The
 * agreement and every member's `agreementIds` move in one transaction; every check comes first.
 */
export async function updateAgreementHandler(input: AgreementUpdateInput, { caller, now }: Ctx): Promise<ActionOutputs['agreement.update']> {
  requireCounty(caller);
  const adding = input.addMemberIds ?? [];
  requireAllMembers(await membersByIds(adding), adding);

  return inTransaction(async (tx) => {
    const before = await getAgreement(input.agreementId, tx);
    if (!before) throw new AppError(ErrorCodes.AGREEMENT_NOT_FOUND, '共管协议不存在');
    const added = adding.filter((id) => !before.memberIds.includes(id));
    const removed = (input.removeMemberIds ?? []).filter((id) => before.memberIds.includes(id));
    const memberIds = [...before.memberIds.filter((id) => !removed.includes(id)), ...added];
    if (memberIds.length > MAX_COVERED) throw new AppError(ErrorCodes.AGREEMENT_FULL, `一份协议最多覆盖 ${MAX_COVERED} 名党员`);

    const patch: Partial<Agreement> = { updatedAt: now, ...defined({ name: input.name, region: input.region, kind: input.kind, fields: input.fields, note: input.note, active: input.active }) };
    if (added.length || removed.length) patch.memberIds = memberIds;
    await patchAgreement(tx, before._id, patch);
    for (const id of added) await coverMember(tx, id, before._id, true, now);
    for (const id of removed) await coverMember(tx, id, before._id, false, now);
    return { agreement: summaryOf({ ...before, ...patch, memberIds } as Agreement), added: added.length, removed: removed.length };
  });
}
