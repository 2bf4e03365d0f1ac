import { useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import type { ActionOutput } from '@/contracts';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

type Qr = ActionOutput<'branch.qrcode'>;

/** H5 has no WeChat scanner: the same scene also works as a link to the H5 join page. */
const joinLink = (qr: Qr) => `${location.origin}${location.pathname}#/${qr.page}?scene=${encodeURIComponent(qr.scene)}`;

/** The branch's join code: generated on demand (an openapi call), shown to print or share. */
export function BranchQr({ branchId }: { branchId: string }) {
  const [qr, setQr] = useState<Qr>();
  const { busy, run } = useSubmit();

  const load = () =>
    run(async () => {
      setQr(await call('branch.qrcode', { branchId }));
    });

  if (!qr) return <SubmitButton text="生成入支部二维码" plain busy={busy} onClick={load} />;
  const isH5 = process.env.TARO_ENV === 'h5';
  return (
    <View style={{ textAlign: 'center' }}>
      <Image className="qr" src={qr.image} mode="aspectFit" showMenuByLongpress />
      <View className="muted">党员用微信扫码即可加入本支部{isH5 ? '' : '（长按保存图片）'}</View>
      {isH5 ? (
        <View className="muted break-all mt-8">
          入支部链接：<Text userSelect>{joinLink(qr)}</Text>
        </View>
      ) : null}
    </View>
  );
}
