import type { JoinRequest } from '@/domain/join/join-approval.schema';
import { _, db, type DbHandle } from '@shared/platform/cloud';
import { allOf } from '@shared/repos/query';

/** `joinRequests/<id derived from the openid>`: one request per WeChat user, replaced when he asks again after a refusal. */
const requests = (h: DbHandle) => h.collection('joinRequests');

export async function getJoinRequest(id: string, h: DbHandle = db): Promise<JoinRequest | null> {
  return ((await requests(h).doc(id).get()).data as JoinRequest | null) ?? null;
}

export async function putJoinRequest(h: DbHandle, r: JoinRequest): Promise<void> {
  const { _id, ...rest } = r;
  await requests(h).doc(_id).set({ data: rest });
}

export async function decideJoinRequest(h: DbHandle, id: string, patch: Pick<JoinRequest, 'state' | 'decidedAt' | 'decidedByName' | 'decisionNote'>): Promise<void> {
  await requests(h).doc(id).update({ data: patch });
}

/** Waiting requests of some branches (all: null), oldest first; `after` is the previous page's last (requestedAt, _id). */
export async function pendingJoinRequests(branchIds: string[] | null, limit: number, after: { n: number; id: string } | null): Promise<JoinRequest[]> {
  const keyset = after ? _.or([{ requestedAt: _.gt(after.n) }, { requestedAt: after.n, _id: _.gt(after.id) }]) : null;
  const where = allOf([{ state: 'pending' }, branchIds ? { branchId: _.in(branchIds) } : null, keyset]);
  const { data } = await requests(db).where(where).orderBy('requestedAt', 'asc').orderBy('_id', 'asc').limit(limit).get();
  return data as JoinRequest[];
}
