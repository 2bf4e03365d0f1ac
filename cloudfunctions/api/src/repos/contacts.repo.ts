import type { Contact } from '@/domain/pairing/pairing.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf, inChunks } from '@shared/repos/query';

const contacts = (h: DbHandle) => h.collection('contacts');

export async function insertContact(tx: DbHandle, c: Contact): Promise<void> {
  await contacts(tx).add({ data: c });
}

/** A member's contacts, latest day first (index member_day); `before` = the previous page's last `_id`. */
export async function contactsOf(memberId: string, limit: number, before?: string): Promise<Contact[]> {
  const { data } = await contacts(db).where(allOf([{ memberId }], before)).orderBy('_id', 'desc').limit(limit).get();
  return data as Contact[];
}

/**
 * The latest contact day of each of these members (one aggregate per 1000 ids, on index member_day):
 * for members without a pairing document, whose last contact is not kept anywhere else.
 */
export async function lastContactDays(memberIds: string[]): Promise<Map<string, { day: string; at: number }>> {
  const rows = await inChunks(memberIds, async (ids) => {
    const { list } = await db
      .collection('contacts')
      .aggregate()
      .match({ memberId: _.in(ids) })
      .group({ _id: '$memberId', day: db.command.aggregate.max('$day'), at: db.command.aggregate.max('$at') })
      .limit(ids.length)
      .end();
    return list as { _id: string; day: string; at: number }[];
  });
  return new Map(rows.map((r) => [r._id, { day: r.day, at: r.at }]));
}
