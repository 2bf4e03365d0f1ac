/**
 * WeChat's rules on when an API may run, enforced by the UI tests' Taro stand-in (taro.ts) so a
 * page that breaks them fails here instead of silently on a phone. The weapp harness
 * (tests/weapp/support/wx-platform.ts) enforces the same rules on the built app.
 */

// ── Tap gestures ────────────────────────────────────────────────────────────────────────────────
// wx.requestSubscribeMessage: "2.8.2 版本开始，用户发生点击行为或者发起支付回调后，才可以调起订阅消息界面",
// otherwise `requestSubscribeMessage:fail can only be invoked by user TAP gesture.` Anything awaited
// before the call leaves the tap (WeChat community answers on that error, e.g.
// https://developers.weixin.qq.com/community/develop/doc/000088a0484168e0a38c94d8b56c00).
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
// wx.shareFileMessage likewise: "限制：仅在点击行为时调用"
// (https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html).
let tapDepth = 0;

/** Runs a tap handler; only code that runs synchronously inside it counts as "in the tap". */
export function withinTap<T>(handler: () => T): T {
  tapDepth += 1;
  try {
    return handler();
  } finally {
    tapDepth -= 1;
  }
}

export const insideTap = () => tapDepth > 0;

export const tapGestureError = (api: string) => ({ errMsg: `${api}:fail can only be invoked by user TAP gesture.` });

// ── Privacy agreement ───────────────────────────────────────────────────────────────────────────
// Since 2023-09-15 the APIs that touch personal data wait for the user's agreement to the
// 用户隐私保护指引: with a listener registered (wx.onNeedPrivacyAuthorization) the call stays
// pending and the listener gets `resolve`; resolve({ event: 'agree', buttonId }) lets it run only if
// the <button open-type="agreePrivacyAuthorization" id=buttonId> was tapped, resolve({ event:
// 'disagree' }) fails it with `<api>:fail privacy permission is not authorized` (errno 104).
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
// Without a listener WeChat would show its own popup; the harness refuses instead, because the app
// promises its own sheet (features/shared/privacy-sheet.tsx) and a missing one must fail a test.
/**
 * Guarded APIs the app uses or might (from the guide's list, by collected data): the stand-ins
 * gate every one, so a new call site meets the rule without anyone remembering to add it.
 */
export const PRIVACY_GUARDED = ['chooseImage', 'chooseMedia', 'chooseVideo', 'saveImageToPhotosAlbum', 'setClipboardData', 'getClipboardData', 'getLocation', 'chooseLocation', 'chooseAddress', 'chooseMessageFile'] as const;

type Resolve = (r: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Listener = (resolve: Resolve, info: { referrer: string }) => void;

export const privacy = {
  agreed: false,
  listener: null as Listener | null,
  /** Ids of agreePrivacyAuthorization buttons the user has tapped. */
  tappedAgreeButtons: new Set<string>(),
  /** APIs that asked for the agreement, in order (a test can assert the sheet came first). */
  asked: [] as string[],
};

/** A user who has (not) agreed yet. The listener stays: the app's modules, which registered it, live on. */
export function resetPrivacy(agreed: boolean): void {
  privacy.agreed = agreed;
  privacy.tappedAgreeButtons.clear();
  privacy.asked.length = 0;
}

export const privacyError = (api: string) => ({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 });

/** Waits for the agreement as WeChat does, then runs the API; refuses it when the user declines. */
export function guarded<A extends unknown[], R>(api: string, run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    // The gate is WeChat's: the H5 build runs in a browser, which asks nothing.
    if (privacy.agreed || process.env.TARO_ENV === 'h5') return run(...args);
    privacy.asked.push(api);
    const listener = privacy.listener;
    if (!listener) throw privacyError(api);
    const verdict = await new Promise<'agree' | 'disagree'>((settle) => {
      listener(
        (r) => {
          if (r.event === 'exposureAuthorization') return;
          if (r.event === 'agree' && r.buttonId && privacy.tappedAgreeButtons.has(r.buttonId)) settle('agree');
          else settle('disagree');
        },
        { referrer: api },
      );
    });
    if (verdict === 'disagree') throw privacyError(api);
    privacy.agreed = true;
    return run(...args);
  };
}

/** Stand-ins for the guarded APIs a stand-in does not model in detail: gated, then answering ok. */
export function gatedStandIns(implemented: Record<string, unknown>): Record<string, (o?: unknown) => Promise<unknown>> {
  const out: Record<string, (o?: unknown) => Promise<unknown>> = {};
  for (const api of PRIVACY_GUARDED) if (!(api in implemented)) out[api] = guarded(api, async () => ({ errMsg: `${api}:ok` }));
  return out;
}

// ── Photos for the image check ──────────────────────────────────────────────────────────────────
/** What the stand-in's chooseMedia hands back: a picture as a phone would, large and uncompressed. */
export const phonePhoto = { tempFilePath: 'wxfile://tmp/photo.jpg', size: 2_400_000, width: 3024, height: 4032 };
