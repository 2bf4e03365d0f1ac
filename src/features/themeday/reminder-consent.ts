import Taro from '@tarojs/taro';
import { call } from '@/services/cloud';

type Outcome = 'accept' | 'reject' | 'ban' | 'filter';

export const reminderTemplateId = () => process.env.TARO_APP_THEMEDAY_TEMPLATE_ID;

/**
 * Asks for one more reminder (WeChat one-time subscription: one acceptance = one message) and
 * records the answer. Must run from a tap. H5 has no subscription dialog: a confirm stands in, so
 * the local cloud sees the same answers the weapp sends.
 */
export async function askReminderConsent(): Promise<Record<string, number>> {
  const id = reminderTemplateId();
  let outcome: Outcome;
  if (process.env.TARO_ENV === 'h5') {
    const { confirm } = await Taro.showModal({ title: '主题党日提醒', content: '允许在主题党日前向你发送一次提醒？', confirmText: '允许', cancelText: '拒绝' });
    outcome = confirm ? 'accept' : 'reject';
  } else {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [id], entityIds: [] })) as unknown as Record<string, string>;
    outcome = (res[id] as Outcome) ?? 'reject';
  }
  const { consents } = await call('themeday.subscribe', { results: { [id]: outcome } });
  return consents;
}
