import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { BodyBlock } from '@/domain/study/study.schema';

const linkKinds = { video: '视频', lecture: '讲座', article: '文章' } as const;

/**
 * A push's body, block by block, with the app's own components: no publisher markup is ever
 * rendered as HTML. `imageUrls` maps cloud fileIDs to displayable URLs (H5 cannot show cloud://).
 */
export function PushBody({ body, imageUrls = {} }: { body: BodyBlock[]; imageUrls?: Record<string, string> }) {
  return (
    <View className="push-body">
      {body.map((b, i) => {
        switch (b.type) {
          case 'heading':
            return <View key={i} className="push-h">{b.text}</View>;
          case 'paragraph':
            return <View key={i} className="push-p"><Text userSelect>{b.text}</Text></View>;
          case 'image':
            return (
              <View key={i} className="push-img">
                <Image src={imageUrls[b.src] ?? b.src} mode="widthFix" style={{ width: '100%' }} />
                {b.caption ? <View className="muted">{b.caption}</View> : null}
              </View>
            );
          case 'link':
            return (
              <View key={i} className="push-link" onClick={() => openLink(b.url)}>
                {b.kind ? `【${linkKinds[b.kind]}】` : '🔗 '}
                {b.title}
              </View>
            );
        }
      })}
    </View>
  );
}

/** The weapp may only open whitelisted domains: copy the link so the member opens it in a browser. */
function openLink(url: string) {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: '链接已复制，请在浏览器打开', icon: 'none' }));
}
