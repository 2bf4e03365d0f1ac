import type { Grant, Placement } from '@/domain/auth/grant';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { byIds } from '@shared/repos/query';

/** One document per WeChat user; `_id` is his openid, so a transaction on it serialises his joins. */
export interface UserDoc {
  _id: string;
  name: string | null;
  memberId: string | null;
  grants: Grant[];
  /**
   * His member record's branch and group, copied here by member.join and member.update (in their
   * transactions) so that resolving the caller also tells where he sits. Absent on documents
   * written before placements were kept (read as null).
   */
  placement?: Placement | null;
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

/** Keeps the users document's name and placement in step with the member record (one update). */
export async function syncUser(tx: DbHandle, openid: string, patch: { name?: string; placement?: Placement }, now: number): Promise<void> {
  const data: Record<string, unknown> = { updatedAt: now };
  if (patch.name !== undefined) data.name = patch.name;
  // set(): replaces the whole placement (a nested object would be merged field by field, and fails on a null one).
  if (patch.placement) data.placement = _.set(patch.placement);
  await users(tx).doc(openid).update({ data });
}

/** Creates the users document (fails on an existing `_id`, which a transaction turns into a rollback). */
export async function insertUser(tx: DbHandle, user: UserDoc): Promise<void> {
  await users(tx).add({ data: user });
}

/** Attaches a member record to an existing users document, leaving his grants untouched. */
export async function attachMember(tx: DbHandle, openid: string, memberId: string, name: string, placement: Placement, now: number): Promise<void> {
  // set(): the placement object replaces any older value whole instead of being merged into it.
  await users(tx).doc(openid).update({ data: { memberId, name, placement: _.set(placement), updatedAt: now } });
}

/** An organiser's own name and profile (set(): the profile replaces the older one whole). */
export async function saveOrganiserProfile(openid: string, name: string, profile: { phone: string; title?: string }, now: number): Promise<void> {
  await users(db).doc(openid).update({ data: { name, profile: _.set(profile), updatedAt: now } });
}
