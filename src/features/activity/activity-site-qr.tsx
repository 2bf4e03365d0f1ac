import { Image, Text, View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { appLink, useQrSvg } from '../shared/use-qr-svg';
import { useRotatingCode } from '../shared/use-rotating-code';
import './activity.css';

/**
 * The organiser's screen at the activity: its on-site code, renewed when its 30-second step ends
 * (only the function can sign one), as a QR of the member page's link with `code=` — the weapp's
 * scanner reads the code out of it, a phone camera opens the page and signs in.
 */
export function ActivitySiteQr({ activityId, first }: { activityId: string; first: { code: string; refreshAt: number } }) {
  const site = useRotatingCode(first, async () => (await call('activity.get', { activityId })).site ?? null, activityId);
  const src = useQrSvg(appLink(`pages/activities/index?code=${encodeURIComponent(site.code)}`));
  return (
    <View style={{ textAlign: 'center' }}>
      {src ? <Image className="qr" src={src} mode="aspectFit" /> : null}
      <View className="muted">现场签到码（每 30 秒更换，仅在签到时间内有效；转发的截图无效）</View>
      <Text className="muted activity-code" userSelect>{site.code}</Text>
    </View>
  );
}
