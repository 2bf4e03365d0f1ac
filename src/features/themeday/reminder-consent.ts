import type { ActionOutput } from '@/contracts';
import { call } from '@/services/cloud';
import { askSubscribe } from '../shared/subscribe-consent';

export const reminderTemplateId = () => process.env.TARO_APP_THEMEDAY_TEMPLATE_ID;

/**
 * Whether the reminder template is a long-term subscription (only for account categories WeChat
 * allows; the api function must list the same id in THEMEDAY_LONGTERM_TEMPLATE_IDS).
 */
export const reminderIsLongTerm = () => process.env.TARO_APP_THEMEDAY_TEMPLATE_KIND === 'long-term';

/**
 * Asks for reminders and records the answer: one more message for a one-time subscription (one
 * acceptance = one message), or reminders until turned off for a long-term one. Call it first
 * thing in a tap handler, before any await (askSubscribe).
 */
export async function askReminderConsent(): Promise<ActionOutput<'themeday.subscribe'>> {
  const id = reminderTemplateId();
  const content = reminderIsLongTerm() ? '允许每月主题党日前向你发送提醒？' : '允许在主题党日前向你发送一次提醒？';
  const results = await askSubscribe([id], { title: '主题党日提醒', content });
  return call('themeday.subscribe', { results });
}
