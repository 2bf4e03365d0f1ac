import { minuteOf } from '@/domain/shared/day.rules';
import type { Occurrence } from '@/domain/themeday/occurrence.rules';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { cloud } from '@shared/platform/cloud';
import type { DeliveryState } from './fanout.repo';

/** What one send came to. `retry`: certainly not delivered (rate limit), safe to send again. */
export type SendOutcome = { state: Exclude<DeliveryState, 'pending' | 'no_consent'>; reason?: string } | { state: 'retry' };

/** `today`: sent on the meeting's day (a large branch's day-of run starts the evening before). */
export async function sendReminder(openid: string, templateId: string, o: Occurrence, stage: ReminderStage, today: boolean): Promise<SendOutcome> {
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: openid,
      templateId,
      page: `pages/themeday/index?occurrenceId=${o.id}`,
      data: { thing1: { value: '主题党日' }, time2: { value: minuteOf(o.start) }, thing3: { value: stage === 'dayOf' ? (today ? '今天举行，请准时参加' : '明天举行，请准时参加') : '请提前安排时间参加' } },
    } as never);
    return { state: 'sent' };
  } catch (err) {
    const code = (err as { errCode?: number }).errCode;
    if (code === 43101) return { state: 'refused' };
    if (code === 45011) return { state: 'retry' };
    // Quota, timeout and the rest: a timeout may still have been delivered, so it is never resent.
    return { state: 'failed', reason: code === 45009 ? 'quota' : code === -501002 ? 'timeout' : `errcode_${code ?? 'unknown'}` };
  }
}
