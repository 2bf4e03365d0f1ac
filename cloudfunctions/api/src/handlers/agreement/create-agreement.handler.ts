import type { ActionOutputs } from '@/contracts';
import type { Agreement, AgreementCreateInput } from '@/domain/agreement/agreement.schema';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { newId } from '@shared/platform/ids';
import { coverMember, insertAgreement } from '../../repos/agreements.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { requireAllMembers } from '@shared/auth/guards';
import { requireCounty, summaryOf } from './agreement-view';

/** Creates an agreement and marks its members as covered, all in one transaction. */
export async function createAgreementHandler(input: AgreementCreateInput, { caller, now }: Ctx): Promise<ActionOutputs['agreement.create']> {
  requireCounty(caller);
  const memberIds = input.memberIds ?? [];
  requireAllMembers(await membersByIds(memberIds), memberIds);
  const agreement: Agreement = {
    _id: newId(now),
    name: input.name,
    region: input.region,
    kind: input.kind,
    fields: input.fields,
    memberIds,
    note: input.note ?? null,
    active: true,
    createdAt: now,
    updatedAt: now,
    createdBy: caller.openid,
  };
  await inTransaction(async (tx) => {
    await insertAgreement(tx, agreement);
    for (const id of memberIds) await coverMember(tx, id, agreement._id, true, now);
  });
  return summaryOf(agreement);
}
