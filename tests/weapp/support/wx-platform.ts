import { gatedStandIns, guarded, insideTap, privacy, resetPrivacy, tapGestureError } from '../../ui/helpers/wx-platform-rules';

/**
 * WeChat's rules on when an API may run (tests/ui/helpers/wx-platform-rules.ts cites the documents),
 * installed on miniprogram-simulate's `wx` before the built app starts: Taro makes its Taro.* APIs
 * from the keys `wx` has then, in WeChat's callback style (success / fail).
 */
export const wxCalls = { clipboard: [] as string[], subscribe: [] as Record<string, string>[], sharedFiles: [] as string[] };

/** A callback-style wx API whose work is a promise: resolves into success, rejects into fail. */
type Callbacks = { success?: (r: any) => void; fail?: (e: any) => void; complete?: (r: any) => void };
const callbackStyle =
  <O = object>(work: (o: O & Callbacks) => Promise<unknown>) =>
  (o: O & Callbacks) => {
    work(o).then(
      (r) => (o.success?.(r), o.complete?.(r)),
      (e) => (o.fail?.(e), o.complete?.(e)),
    );
  };

export function installWxRules(wx: Record<string, unknown>): void {
  resetPrivacy(false);
  Object.assign(wx, {
    requestSubscribeMessage: (o: { tmplIds: string[]; success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
      // Checked at the call, not in a later tick: that is what "synchronously in the tap" means.
      const allowed = insideTap();
      callbackStyle(async () => {
        if (!allowed) throw tapGestureError('requestSubscribeMessage');
        const answer = Object.fromEntries(o.tmplIds.map((id) => [id, 'accept']));
        wxCalls.subscribe.push(answer);
        return { ...answer, errMsg: 'requestSubscribeMessage:ok' };
      })(o);
    },
    shareFileMessage: (o: { filePath: string; success?: (r: unknown) => void; fail?: (e: unknown) => void }) => {
      const allowed = insideTap();
      callbackStyle(async () => {
        if (!allowed) throw tapGestureError('shareFileMessage');
        wxCalls.sharedFiles.push(o.filePath);
        return { errMsg: 'shareFileMessage:ok' };
      })(o);
    },
    onNeedPrivacyAuthorization: (listener: typeof privacy.listener) => void (privacy.listener = listener),
    getPrivacySetting: callbackStyle(async () => ({ needAuthorization: !privacy.agreed, privacyContractName: '《云支部小程序隐私保护指引》' })),
    openPrivacyContract: callbackStyle(async () => ({})),
    setClipboardData: callbackStyle<{ data: string }>(guarded('setClipboardData', async (o: { data: string }) => void wxCalls.clipboard.push(o.data))),
  });
  for (const [api, run] of Object.entries(gatedStandIns({ setClipboardData: true }))) wx[api] = callbackStyle((o) => run(o));
}

/**
 * What a tap on `<button open-type="agreePrivacyAuthorization" id=…>` does in WeChat: the platform
 * records the agreement against the button's id, then fires `agreeprivacyauthorization` on it.
 */
export function isAgreeButton(taroNode: Record<string, unknown> | null, id: string): boolean {
  return !!taroNode && taroNode.uid === id && Object.values(taroNode).includes('agreePrivacyAuthorization');
}

export { privacy };
