import Taro from '@tarojs/taro';

export type SubscribeOutcome = 'accept' | 'reject' | 'ban' | 'filter';

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
 * One subscription prompt for `tmplIds` (WeChat shows them in one dialog, at most 3) and each
 * template's answer. Call it first thing in a tap handler, before any await. H5 has no such
 * dialog: a confirm with `h5` stands in and answers every template alike, so the local cloud
 * sees the answers the weapp sends.
 */
export async function askSubscribe(tmplIds: string[], h5: { title: string; content: string }): Promise<Record<string, SubscribeOutcome>> {
  if (process.env.TARO_ENV === 'h5') {
    refuseOutsideTap();
    const { confirm } = await Taro.showModal({ title: h5.title, content: h5.content, confirmText: '允许', cancelText: '拒绝' });
    return Object.fromEntries(tmplIds.map((id) => [id, confirm ? 'accept' : 'reject']));
  }
  const res = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })) as unknown as Record<string, string>;
  return Object.fromEntries(tmplIds.map((id) => [id, (res[id] as SubscribeOutcome) ?? 'reject']));
}
