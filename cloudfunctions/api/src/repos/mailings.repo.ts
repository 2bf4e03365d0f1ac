import type { MailBatch, MailItem } from '@/domain/mailing/mailing.schema';
import { _, db } from '@shared/platform/cloud';
import { allOf, getAll } from '@shared/repos/query';

const batches = () => db.collection('mailBatches');
const items = () => db.collection('mailItems');

/**
 * A batch and its recipient rows: the rows in one batch add (`add({ data: [...] })`, at most
 * BATCH_RECIPIENTS_MAX), the batch last, so a batch that lists has its rows. Never a transaction:
 * each row is its own member's document (a member's receipt writes only his row).
 */
export async function insertBatch(batch: MailBatch, rows: MailItem[]): Promise<void> {
  await items().add({ data: rows });
  await batches().add({ data: batch });
}

export async function getBatch(id: string): Promise<MailBatch | null> {
  const { data } = await batches().where({ _id: id }).limit(1).get();
  return (data[0] as MailBatch | undefined) ?? null;
}

export const itemsOfBatch = (batchId: string): Promise<MailItem[]> => getAll<MailItem>(db, 'mailItems', { batchId });

export async function getItem(id: string): Promise<MailItem | null> {
  const { data } = await items().where({ _id: id }).limit(1).get();
  return (data[0] as MailItem | undefined) ?? null;
}

/** Batches any of whose recipients sit in `units` (null: every batch), newest first. */
export async function queryBatches(units: { branchIds: string[]; groupIds: string[] } | null, before: string | undefined, limit: number): Promise<MailBatch[]> {
  const anyOf: object[] = [];
  if (units?.branchIds.length) anyOf.push({ branchIds: _.in(units.branchIds) });
  if (units?.groupIds.length) anyOf.push({ groupIds: _.in(units.groupIds) });
  const where = allOf([units ? (anyOf.length === 1 ? anyOf[0] : _.or(anyOf)) : null], before);
  const { data } = await batches().where(where).orderBy('_id', 'desc').limit(limit).get();
  return data as MailBatch[];
}

/**
 * Sets `field` on the rows where it is still empty (a second mark changes nothing) and moves the
 * batch's count by as many rows as changed: one atomic increment, outside any transaction.
 */
export async function markItems(batchId: string, ids: string[], field: 'sentAt' | 'receivedAt', now: number): Promise<number> {
  const { stats } = await items()
    .where({ _id: _.in(ids), [field]: null })
    .update({ data: { [field]: now } });
  if (stats.updated) await batches().doc(batchId).update({ data: { [`counts.${field === 'sentAt' ? 'sent' : 'received'}`]: _.inc(stats.updated) } });
  return stats.updated;
}

export async function itemsOfMember(memberId: string): Promise<MailItem[]> {
  const { data } = await items().where({ memberId }).orderBy('_id', 'desc').limit(50).get();
  return data as MailItem[];
}

/** His parcels marked sent and not yet confirmed (the 待办 count). */
export async function countUnconfirmedMail(memberId: string): Promise<number> {
  const { total } = await items().where({ memberId, receivedAt: null, sentAt: _.neq(null) }).count();
  return total;
}
