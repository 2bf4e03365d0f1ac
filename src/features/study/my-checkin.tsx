import { Image, Text, View } from '@tarojs/components';
import type { CheckinView } from '@/contracts';

/** My check-in as submitted. */
export function MyCheckin({ checkin }: { checkin: CheckinView }) {
  return (
    <View>
      <View className="muted">打卡日期 {checkin.day}{checkin.minutes ? ` · 学习 ${checkin.minutes} 分钟` : ''}</View>
      <View className="push-p"><Text userSelect>{checkin.text}</Text></View>
      <View className="photos">
        {checkin.photoUrls.map((url) => (
          <Image key={url} className="photo" src={url} mode="aspectFill" />
        ))}
      </View>
      {checkin.heldPhotos?.length ? (
        <View className="muted">{checkin.heldPhotos.length} 张图片正在审核，通过前仅你自己可见；再次提交打卡时会重新检测。</View>
      ) : null}
    </View>
  );
}
