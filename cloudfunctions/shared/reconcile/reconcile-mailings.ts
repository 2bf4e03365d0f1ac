/**
 * 寄学习资料's part of the counters' safety net (reconcile-counters.ts runs it). mailing.markSent
 * and mailing.confirm mark the recipients' rows first, then move the batch's `counts.sent` /
 * `counts.received` by as many rows as changed (mailings.repo.ts markItems): a call that dies in
 * between leaves the batch short. This recounts, for every batch with a row marked since `since`,
 * its rows marked sent and received, and mends drift by increments. `recipients` is written once
 * with the batch and its rows, so it cannot drift. A batch with a row marked after `settled` is
 * left for the next run, as for the other counters.
 */
import { _, db } from '../platform/cloud';
import { getAll } from '../repos/query';
import { applyMends, mend, type Incs, type ReconcileReport } from './mends';

type Marked = { batchId: string; sentAt: number | null; receivedAt: number | null };

export async function reconcileMailings(report: ReconcileReport, since: number, settled: number): Promise<void> {
  const fields = { batchId: true, sentAt: true, receivedAt: true };
  const [sent, received] = await Promise.all([
    getAll<Marked>(db, 'mailItems', { sentAt: _.gte(since) }, ['_id', 'asc'], fields),
    getAll<Marked>(db, 'mailItems', { receivedAt: _.gte(since) }, ['_id', 'asc'], fields),
  ]);
  const lastMark = new Map<string, number>();
  for (const i of [...sent, ...received]) lastMark.set(i.batchId, Math.max(lastMark.get(i.batchId) ?? 0, i.sentAt ?? 0, i.receivedAt ?? 0));
  for (const [batchId, at] of lastMark) {
    if (at > settled) { report.busy.push(`mailBatches/${batchId}`); continue; }
    await reconcileBatch(report, batchId);
  }
}

async function reconcileBatch(report: ReconcileReport, id: string): Promise<void> {
  const stored = (await db.collection('mailBatches').doc(id).field({ counts: true }).get()).data as { counts?: { sent?: number; received?: number } } | null;
  if (!stored) return; // rows whose batch insert never landed: nobody lists them
  report.checked++;
  const [sent, received] = await Promise.all([
    db.collection('mailItems').where({ batchId: id, sentAt: _.neq(null) }).count(),
    db.collection('mailItems').where({ batchId: id, receivedAt: _.neq(null) }).count(),
  ]);
  const doc = `mailBatches/${id}`;
  const incs: Incs = {};
  mend(report, doc, incs, 'counts.sent', stored.counts?.sent ?? 0, sent.total);
  mend(report, doc, incs, 'counts.received', stored.counts?.received ?? 0, received.total);
  if (Object.keys(incs).length) await applyMends(report, 'mailBatches', id, incs);
}
