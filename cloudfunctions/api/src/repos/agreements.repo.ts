import type { Agreement } from '@/domain/agreement/agreement.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds, getAll } from '@shared/repos/query';

const agreements = (h: DbHandle) => h.collection('agreements');
const members = (h: DbHandle) => h.collection('members');

export async function getAgreement(id: string, h: DbHandle = db): Promise<Agreement | null> {
  return ((await agreements(h).doc(id).get()).data as Agreement | null) ?? null;
}

export const listAgreements = (): Promise<Agreement[]> => getAll<Agreement>(db, 'agreements', {}, ['createdAt', 'desc']);

export const agreementsByIds = (ids: string[]): Promise<Agreement[]> => byIds<Agreement>(db, 'agreements', ids);

export async function insertAgreement(tx: DbHandle, a: Agreement): Promise<void> {
  await agreements(tx).add({ data: a });
}

export async function patchAgreement(tx: DbHandle, id: string, patch: Partial<Agreement>): Promise<void> {
  const { memberIds, fields, ...rest } = patch;
  // Arrays are replaced whole (set), never merged element by element.
  const data: Record<string, unknown> = { ...rest };
  if (memberIds) data.memberIds = _.set(memberIds);
  if (fields) data.fields = _.set(fields);
  await agreements(tx).doc(id).update({ data });
}

/** Marks a member as covered (or no longer covered) by an agreement: one update each, in the agreement's transaction. */
export async function coverMember(tx: DbHandle, memberId: string, agreementId: string, covered: boolean, now: number): Promise<void> {
  await members(tx).doc(memberId).update({ data: { agreementIds: covered ? _.addToSet(agreementId) : _.pull(agreementId), updatedAt: now } });
}

/** Takes a member off an agreement's list (he moved away): one update of the shared agreement, outside any transaction. */
export async function dropFromAgreement(agreementId: string, memberId: string, now: number): Promise<void> {
  await agreements(db).doc(agreementId).update({ data: { memberIds: _.pull(memberId), updatedAt: now } });
}
