import { useEffect, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { answerPrivacy, PRIVACY_AGREE_BUTTON_ID, watchPrivacyPrompt } from './privacy-consent';

/**
 * The privacy sheet: shown when a page first calls an API the 用户隐私保护指引 covers (copying a
 * link or the user number, picking photos). Agreeing is a tap on an `agreePrivacyAuthorization`
 * button, as WeChat requires; the held call then goes on. Every page whose features call such an
 * API renders one.
 */
export function PrivacySheet() {
  const [open, setOpen] = useState(false);
  useEffect(() => watchPrivacyPrompt(setOpen), []);
  useDidShow(() => void watchPrivacyPrompt(setOpen));
  if (!open) return null;
  return (
    <View className="privacy-sheet">
      <View className="card">
        <View className="card-title">隐私保护提示</View>
        <View className="my-16">
          复制链接、选择照片等功能会用到你的剪贴板和照片。使用前请阅读
          <View className="push-link" onClick={() => void Taro.openPrivacyContract({})}>《云支部小程序隐私保护指引》</View>
          ，同意后继续。
        </View>
        <Button id={PRIVACY_AGREE_BUTTON_ID} className="btn" openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={() => answerPrivacy(true)}>
          同意并继续
        </Button>
        <View className="btn btn-plain" onClick={() => answerPrivacy(false)}>不同意</View>
      </View>
    </View>
  );
}
