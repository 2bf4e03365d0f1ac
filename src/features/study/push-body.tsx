import { Image, Text, View } from '@tarojs/components';
import type { BodyBlock } from '@/domain/study/study.schema';
import { openLink } from '../shared/open-link';

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
            return <View key={i} className="push-p"><Text className="push-p-text" userSelect>{b.text}</Text></View>;
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
                【{b.kind ? linkKinds[b.kind] : '链接'}】
                {b.title}
              </View>
            );
        }
      })}
    </View>
  );
}
