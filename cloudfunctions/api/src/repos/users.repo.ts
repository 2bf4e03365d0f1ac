import type { Grant } from '@/domain/auth/grant';
import { db, type DbHandle } from '../platform/cloud';

/** One document per WeChat user; `_id` is his openid, so a transaction on it serialises his joins. */
export interface UserDoc {
  _id: string;
  name: string | null;
  memberId: string | null;
  grants: Grant[];
  createdAt: number;
  updatedAt: number;
}

const users = (h: DbHandle) => h.collection('users');

export async function getUser(openid: string, h: DbHandle = db): Promise<UserDoc | null> {
  const { data } = await users(h).doc(openid).get();
  return (data as UserDoc | null) ?? null;
}

/** Writes the whole user document (creating it when the user had none). */
export async function putUser(h: DbHandle, user: UserDoc): Promise<void> {
  const { _id, ...rest } = user;
  await users(h).doc(_id).set({ data: rest });
}

export async function countSysadmins(): Promise<number> {
  const { total } = await users(db).where({ 'grants.role': 'sysadmin' }).count();
  return total as number;
}

/** Keeps the users document's display name in step with the member record's name. */
export async function renameUser(tx: DbHandle, openid: string, name: string, now: number): Promise<void> {
  await users(tx).doc(openid).update({ data: { name, updatedAt: now } });
}

/** Creates the users document (fails on an existing `_id`, which a transaction turns into a rollback). */
export async function insertUser(tx: DbHandle, user: UserDoc): Promise<void> {
  await users(tx).add({ data: user });
}

/** Attaches a member record to an existing users document, leaving his grants untouched. */
export async function attachMember(tx: DbHandle, openid: string, memberId: string, name: string, now: number): Promise<void> {
  await users(tx).doc(openid).update({ data: { memberId, name, updatedAt: now } });
}
