import Taro from '@tarojs/taro';

/** The id of the sheet's agree button: WeChat checks that the button with this id was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';

type Resolve = (r: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;

let pending: Resolve[] = [];
let show: ((open: boolean) => void) | null = null;
let listening = false;

/**
 * WeChat holds every API that touches personal data (chooseMedia, setClipboardData, …) until the
 * user agrees to the 用户隐私保护指引, and tells the app through wx.onNeedPrivacyAuthorization:
 * the call stays pending until the app answers (the sheet's buttons). The page on top owns the
 * sheet (`watchPrivacyPrompt` on show). H5 has no such gate: the browser asks nothing.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
 */
export function watchPrivacyPrompt(setOpen: (open: boolean) => void): () => void {
  show = setOpen;
  if (!listening && process.env.TARO_ENV !== 'h5') {
    listening = true;
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending.push(resolve as Resolve);
      (resolve as Resolve)({ event: 'exposureAuthorization' });
      show?.(true);
    });
  }
  if (pending.length) setOpen(true);
  return () => {
    if (show === setOpen) show = null;
  };
}

/** The user's answer: the held calls go on (agree) or fail with "privacy permission is not authorized". */
export function answerPrivacy(agree: boolean): void {
  const waiting = pending;
  pending = [];
  for (const resolve of waiting) resolve(agree ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' });
  show?.(false);
}
