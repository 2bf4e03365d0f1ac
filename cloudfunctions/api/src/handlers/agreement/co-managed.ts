import type { Caller } from '@/domain/auth/grant';
import { coManagingAgreementIds } from '@/domain/auth/scope.rules';
import type { Agreement } from '@/domain/agreement/agreement.schema';
import { coManagingAgreement } from '@/domain/agreement/co-manage.rules';
import { db, type DbHandle } from '@shared/platform/cloud';
import { getAgreement } from '../../repos/agreements.repo';

/**
 * The active agreement through which an inflow organiser reaches this member, or null. Costs one
 * read, and only for callers holding an inflow grant that the member's record names.
 */
export async function coAgreementFor(caller: Caller, member: { _id: string; agreementIds?: string[] }, h: DbHandle = db): Promise<Agreement | null> {
  for (const id of coManagingAgreementIds(caller, member)) {
    const found = coManagingAgreement(caller, member, await getAgreement(id, h));
    if (found) return found;
  }
  return null;
}
