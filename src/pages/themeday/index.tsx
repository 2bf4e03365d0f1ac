import { useEffect, useRef } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { minuteOf } from '@/domain/shared/day.rules';
import { LoadState } from '@/features/shared/load-state';
import { openLink } from '@/features/shared/open-link';
import { Row } from '@/features/shared/row';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';
import { PromptSheet } from '@/features/themeday/prompt-sheet';
import { PrivacySheet } from '@/features/shared/privacy-sheet';
import { ReminderButton } from '@/features/themeday/reminder-button';
import { siteCodeOf } from '@/features/themeday/site-code';
import { currentThemeday, signInThemeday } from '@/features/themeday/themeday.api';

/** My branch's theme day: when, the 提示单, and sign-in (online, or on site by the scanned code). */
export default function ThemedayPage() {
  const scannedCode = useRouter().params.code;
  const current = useRemote(currentThemeday);
  const { busy, run } = useSubmit();

  const signIn = (input: Parameters<typeof signInThemeday>[0]) =>
    run(async () => {
      await signInThemeday(input);
      void Taro.showToast({ title: '签到成功', icon: 'success' });
      // Next month's reminder is offered beside the sign-in badge: a tap of its own, because
      // WeChat shows the consent dialog only to a tap that has awaited nothing.
      await current.reload();
    });

  // Opened from the on-site QR code (H5 link): sign in with it once.
  const used = useRef(false);
  useEffect(() => {
    if (scannedCode && !used.current) {
      used.current = true;
      void signIn({ mode: 'onsite', code: siteCodeOf(decodeURIComponent(scannedCode)) });
    }
  }, [scannedCode]); // eslint-disable-line react-hooks/exhaustive-deps -- signIn is a new function each render; the code, once, is what counts

  const scan = () =>
    run(async () => {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await signIn({ mode: 'onsite', code: siteCodeOf(result) });
    });

  return (
    <View className="page">
      <LoadState remote={current}>
        {(c) => (
          <View>
            <View className="hero">
              <View className="hero-sub">主题党日 · {c.occurrence.month}</View>
              <View className="hero-title">{minuteOf(c.occurrence.start)}</View>
              <View className="hero-sub">签到时间：{minuteOf(c.occurrence.signinOpens).slice(11)} - {minuteOf(c.occurrence.signinCloses).slice(11)}</View>
            </View>
            {c.place || c.meetingUrl ? (
              <View className="card">
                <View className="card-title">参会方式</View>
                {c.place ? <Row label="地点" value={c.place} /> : null}
                {c.meetingUrl ? (
                  <View className="row" onClick={() => openLink(c.meetingUrl!)}>
                    <View className="row-label">线上会议</View>
                    <View className="text-link">打开会议链接</View>
                  </View>
                ) : null}
              </View>
            ) : null}
            <PromptSheet sheet={c.sheet} duesReminder={c.duesReminder} />
            <View className="card">
              <View className="card-title">签到</View>
              {c.signin ? (
                <View>
                  <View className="badge-done mb-12">已签到（{c.signin.mode === 'online' ? '线上' : '现场'} · {minuteOf(c.signin.at)}）</View>
                  <View className="muted mb-12">下次主题党日前提醒你？</View>
                  <ReminderButton consents={c.consents} longTerm={c.longTerm} onDone={current.reload} />
                </View>
              ) : c.open ? (
                <View>
                  {c.onlineSignin !== false ? (
                    <SubmitButton text="线上签到" busy={busy} onClick={() => void signIn({ mode: 'online', occurrenceId: c.occurrence.id })} />
                  ) : (
                    <View className="muted">本支部只认现场签到：请到会场扫描书记屏幕上的签到码</View>
                  )}
                  {process.env.TARO_ENV === 'weapp' ? <SubmitButton text="现场扫码签到" plain busy={busy} onClick={scan} /> : null}
                </View>
              ) : (
                <View className="muted">{Date.now() > c.occurrence.signinCloses ? '本次主题党日已结束' : '签到将在主题党日开始前 30 分钟开放'}</View>
              )}
            </View>
          </View>
        )}
      </LoadState>
      <PrivacySheet />
    </View>
  );
}
