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

/** Events a browser dispatches for a tap (Taro's H5 View handles `click`). */
const TAP_EVENTS = ['click', 'tap', 'touchend'];

/**
 * WeChat opens the subscription dialog only from code that runs synchronously in a tap handler
 * (since base library 2.8.2; after an await it fails with this errMsg):
 * https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
 * The H5 stand-in dialog keeps the same rule, so a page that asks at the wrong moment fails in the
 * browser and in its tests as it would on a phone. `window.event` is the event being dispatched,
 * and is gone once the handler has awaited anything.
 */
function refuseOutsideTap(): void {
  const event = (window as { event?: Event }).event;
  if (!event || !TAP_EVENTS.includes(event.type)) throw { errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' };
}

/**
 * Asks for reminders and records the answer: one more message for a one-time subscription (one
 * acceptance = one message), or reminders until turned off for a long-term one. Call it first
 * thing in a tap handler, before any await. H5 has no subscription dialog: a confirm stands in,
 * so the local cloud sees the same answers the weapp sends.
 */
export async function askReminderConsent(): Promise<ActionOutput<'themeday.subscribe'>> {
  const id = reminderTemplateId();
  let outcome: Outcome;
  if (process.env.TARO_ENV === 'h5') {
    refuseOutsideTap();
    const content = reminderIsLongTerm() ? '允许每月主题党日前向你发送提醒？' : '允许在主题党日前向你发送一次提醒？';
    const { confirm } = await Taro.showModal({ title: '主题党日提醒', content, confirmText: '允许', cancelText: '拒绝' });
    outcome = confirm ? 'accept' : 'reject';
  } else {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
    outcome = (res[id] as Outcome) ?? 'reject';
  }
  return call('themeday.subscribe', { results: { [id]: outcome } });
}
