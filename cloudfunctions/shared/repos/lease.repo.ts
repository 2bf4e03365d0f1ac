import { _, db } from '../platform/cloud';

/**
 * jobLeases/<job>: one worker at a time for a timer job. The timer fires every minute whether or
 * not the last tick has ended, and two ticks working at once would double the rate the job keeps
 * to. A tick takes the lease with one conditional update (free, or expired); it expires at the
 * holder's own time limit, the moment the platform has certainly ended it, so a crashed tick blocks
 * the next ones for at most that long. Two requests per tick (take, release).
 */
const leases = () => db.collection('jobLeases');

export async function takeLease(job: string, holder: string, now: number, until: number): Promise<boolean> {
  const { stats } = await leases().where({ _id: job, until: _.lte(now) }).update({ data: { holder, until } });
  if (stats.updated === 1) return true;
  try {
    // First tick ever: the lease document does not exist yet (a lost race is a duplicate key).
    await leases().add({ data: { _id: job, holder, until } });
    return true;
  } catch {
    return false;
  }
}

export async function releaseLease(job: string, holder: string): Promise<void> {
  await leases().where({ _id: job, holder }).update({ data: { until: 0 } });
}

/**
 * Takes a stepped job (a document with `state` and `leaseUntil`: ledger exports, poster prints) for
 * one step: a conditional update that succeeds only while the job runs and no other call holds an
 * unexpired lease, so two polls of one job never do the same step's work at once (one request).
 */
export async function claimJobStep(collection: string, id: string, now: number, until: number): Promise<boolean> {
  const res = await db
    .collection(collection)
    .where({ _id: id, state: 'running', leaseUntil: _.lt(now) })
    .update({ data: { leaseUntil: until, updatedAt: now } });
  return (res?.stats?.updated ?? 0) > 0;
}
