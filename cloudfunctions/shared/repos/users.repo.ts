import type { Grant } from '@/domain/auth/grant';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds } from '@shared/repos/query';

/**
 * An organiser's document (`_id` = his openid): his grants and name. A plain member has none — his
 * identity and placement are his member record's — and gets one when a role is granted to him.
 * Documents written before that rule may still carry `memberId` and `placement`: nothing reads them.
 */
export interface UserDoc {
  _id: string;
  /** An organiser's name (a member's is his record's, copied here while he holds a role). */
  name: string | null;
  grants: Grant[];
  /** An organiser's phone and 单位/职务 from his organiser profile (his name is `name`); a member's come from his record. */
  profile?: { phone: string; title?: string };
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

/** Users by openid (one request per 1000; a round names at most 50 reviewers). */
export const usersByOpenids = (openids: string[]): Promise<UserDoc[]> => byIds<UserDoc>(db, 'users', openids);

/**
 * Keeps the name of a member who holds a role in step with his record (organiser lists read it
 * here). A member with no users document: 0 updated, nothing written.
 */
export async function renameUser(tx: DbHandle, openid: string, name: string, now: number): Promise<void> {
  await users(tx).doc(openid).update({ data: { name, updatedAt: now } });
}

/** An organiser's own name and profile (set(): the profile replaces the older one whole). */
export async function saveOrganiserProfile(openid: string, name: string, profile: { phone: string; title?: string }, now: number): Promise<void> {
  await users(db).doc(openid).update({ data: { name, profile: _.set(profile), updatedAt: now } });
}
