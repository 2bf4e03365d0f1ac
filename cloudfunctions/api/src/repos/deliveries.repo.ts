import type { DeliveryStateName } from '@/contracts';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { _, db } from '@shared/platform/cloud';

/**
 * Read side of the reminder fan-out (written by cron-theme-day, see its fanout.repo.ts):
 * themedayFanouts/<occurrenceId>_<stage> (cursor, done, startedAt, updatedAt) and
 * themedayDeliveries/<occurrenceId>_<stage>_<memberId> (state, reason). Counts use the index
 * occurrence_stage_state (collections.json): one count() per state, never a scan of the records.
 */
export interface FanoutRow {
  _id: string;
  stage: ReminderStage;
  done: boolean;
  startedAt: number;
  updatedAt: number;
}
export interface DeliveryRow {
  _id: string;
  stage: ReminderStage;
  memberId: string;
  state: 'no_consent' | 'refused' | 'failed';
  reason?: string;
}

export const DELIVERY_STATES: DeliveryStateName[] = ['sent', 'no_consent', 'refused', 'failed', 'pending'];
export const NOT_REACHED = ['no_consent', 'refused', 'failed'] as const;

export async function fanoutsByIds(ids: string[]): Promise<FanoutRow[]> {
  const { data } = await db.collection('themedayFanouts').where({ _id: _.in(ids) }).field({ stage: true, done: true, startedAt: true, updatedAt: true }).limit(ids.length).get();
  return data as FanoutRow[];
}

/** One count() per state (5 requests, in parallel). */
export async function deliveryCounts(occurrenceId: string, stage: ReminderStage): Promise<Record<DeliveryStateName, number>> {
  const totals = await Promise.all(
    DELIVERY_STATES.map(async (state) => (await db.collection('themedayDeliveries').where({ occurrenceId, stage, state }).count()).total as number),
  );
  return Object.fromEntries(DELIVERY_STATES.map((s, i) => [s, totals[i]])) as Record<DeliveryStateName, number>;
}

/** A page of records not reached, in `_id` order (= stage, then member) after `cursor`; `limit + 1` to know if more. */
export async function notReachedPage(occurrenceId: string, stages: ReminderStage[], cursor: string | undefined, limit: number): Promise<DeliveryRow[]> {
  const where: Record<string, unknown> = { occurrenceId, stage: stages.length === 1 ? stages[0] : _.in(stages), state: _.in([...NOT_REACHED]) };
  if (cursor) where._id = _.gt(cursor);
  const { data } = await db.collection('themedayDeliveries').where(where).orderBy('_id', 'asc').field({ stage: true, memberId: true, state: true, reason: true }).limit(limit + 1).get();
  return data as DeliveryRow[];
}
