import Taro from '@tarojs/taro';
import type { ActionOutput } from '@/contracts';
import { call } from '@/services/cloud';

type Outcome = 'accept' | 'reject' | 'ban' | 'filter';

export const reminderTemplateId = () => process.env.TARO_APP_THEMEDAY_TEMPLATE_ID;

/**
 * Whether the reminder template is a long-term subscription (only for account categories WeChat
 * allows; the api function must list the same id in THEMEDAY_LONGTERM_TEMPLATE_IDS).
 */
export const reminderIsLongTerm = () => process.env.TARO_APP_THEMEDAY_TEMPLATE_KIND === 'long-term';

/**
 * Asks for reminders and records the answer: one more message for a one-time subscription (one
 * acceptance = one message), or reminders until turned off for a long-term one. Must run from a
 * tap. H5 has no subscription dialog: a confirm stands in, so the local cloud sees the same
 * answers the weapp sends.
 */
export async function askReminderConsent(): Promise<ActionOutput<'themeday.subscribe'>> {
  const id = reminderTemplateId();
  let outcome: Outcome;
  if (process.env.TARO_ENV === 'h5') {
    const content = reminderIsLongTerm() ? '允许每月主题党日前向你发送提醒？' : '允许在主题党日前向你发送一次提醒？';
    const { confirm } = await Taro.showModal({ title: '主题党日提醒', content, confirmText: '允许', cancelText: '拒绝' });
    outcome = confirm ? 'accept' : 'reject';
  } else {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
    outcome = (res[id] as Outcome) ?? 'reject';
  }
  return call('themeday.subscribe', { results: { [id]: outcome } });
}
