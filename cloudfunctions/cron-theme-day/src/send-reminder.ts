import { minuteOf } from '@/domain/shared/day.rules';
import type { Occurrence } from '@/domain/themeday/occurrence.rules';
import type { ReminderStage } from '@/domain/themeday/reminder.rules';
import { cloud } from '@shared/platform/cloud';
import type { DeliveryState } from './fanout.repo';

/** What one send came to. `retry`: certainly not delivered (rate limit), safe to send again. */
export type SendOutcome = { state: Exclude<DeliveryState, 'pending' | 'no_consent'>; reason?: string } | { state: 'retry' };

const STATES = ['developer', 'trial', 'formal'] as const;

/**
 * Which version of the mini-program a tap on the reminder opens: subscribeMessage.send's
 * `miniprogram_state` (developer / trial / formal; WeChat's default is formal, which before the
 * first release does not exist yet). Set per environment in MINIPROGRAM_STATE; unset means formal,
 * and the local cloud sets developer (localcloud/env/sdk-env.ts). A typo fails every send loudly
 * rather than opening the wrong version.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 */
export function miniprogramState(value = process.env.MINIPROGRAM_STATE): (typeof STATES)[number] {
  if (!value) return 'formal';
  if ((STATES as readonly string[]).includes(value)) return value as (typeof STATES)[number];
  throw new Error(`MINIPROGRAM_STATE must be one of ${STATES.join(', ')}, not ${value}`);
}

/** `today`: sent on the meeting's day (a large branch's day-of run starts the evening before). */
export function sendReminder(openid: string, templateId: string, o: Occurrence, stage: ReminderStage, today: boolean): Promise<SendOutcome> {
  return sendSubscribe(openid, templateId, `pages/themeday/index?occurrenceId=${o.id}`, {
    thing1: { value: '主题党日' },
    time2: { value: minuteOf(o.start) },
    thing3: { value: stage === 'dayOf' ? (today ? '今天举行，请准时参加' : '明天举行，请准时参加') : '请提前安排时间参加' },
  });
}

/** One subscribe message, its outcome read from WeChat's errCode (the reminder's and the 待办 messages' alike). */
export async function sendSubscribe(openid: string, templateId: string, page: string, data: Record<string, { value: string }>): Promise<SendOutcome> {
  const state = miniprogramState();
  try {
    await cloud.openapi.subscribeMessage.send({ touser: openid, templateId, miniprogramState: state, lang: 'zh_CN', page, data } as never);
    return { state: 'sent' };
  } catch (err) {
    const code = (err as { errCode?: number }).errCode;
    if (code === 43101) return { state: 'refused' };
    if (code === 45011) return { state: 'retry' };
    // Quota, timeout and the rest: a timeout may still have been delivered, so it is never resent.
    return { state: 'failed', reason: code === 45009 ? 'quota' : code === -501002 ? 'timeout' : `errcode_${code ?? 'unknown'}` };
  }
}
