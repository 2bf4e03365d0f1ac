import type { DuesRecord, SubsidyPayment } from '@/domain/dues/dues.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds, getAll } from '@shared/repos/query';

const dues = () => db.collection('dues');
const subsidies = () => db.collection('duesSubsidies');

/** Adds a record; its deterministic `_id` makes a second record of the month fail with a duplicate key. */
export async function insertDues(record: DuesRecord): Promise<void> {
  await dues().add({ data: record });
}

export async function getDues(id: string, h: DbHandle = db): Promise<DuesRecord | null> {
  return ((await h.collection('dues').doc(id).get()).data as DuesRecord | null) ?? null;
}

export async function removeDues(tx: DbHandle, id: string): Promise<void> {
  await tx.collection('dues').doc(id).remove();
}

/** The records with these `_id`s (member_month): exactly the months asked, one request per 1000. */
export const duesByIds = (ids: string[]): Promise<DuesRecord[]> => byIds<DuesRecord>(db, 'dues', ids);

/** A member's records from `from` on (paid ahead included), newest month first. */
export async function duesOfMember(memberId: string, from: string): Promise<DuesRecord[]> {
  const { data } = await dues().where({ memberId, month: _.gte(from) }).orderBy('month', 'desc').limit(100).get();
  return data as DuesRecord[];
}

/** The active members of a branch, with what arrears need of them. */
export const branchMembersForDues = (branchId: string) =>
  getAll<{ _id: string; name: string; groupId: string; joinedAt: number; ended?: boolean }>(db, 'members', { branchId }, ['_id', 'asc'], {
    _id: true,
    name: true,
    groupId: true,
    joinedAt: true,
    ended: true,
  }).then((rows) => rows.filter((m) => !m.ended));

export async function insertSubsidy(payment: SubsidyPayment): Promise<void> {
  await subsidies().add({ data: payment });
}

export const subsidiesOfYear = (year: number): Promise<SubsidyPayment[]> => getAll<SubsidyPayment>(db, 'duesSubsidies', { year });
