import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { SubmitButton } from '../shared/submit-button';
import { useSubmit } from '../shared/use-submit';

/**
 * Opens the posters zip. H5: the browser downloads it under its own name. Weapp: a mini-program
 * can neither open a zip nor follow a link, so the link is copied for a computer's browser.
 */
async function openZip(url: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.target = '_blank';
    a.rel = 'noopener';
    a.click();
    return;
  }
  await Taro.setClipboardData({ data: url });
  void Taro.showToast({ title: '下载链接已复制，请在电脑浏览器中打开', icon: 'none', duration: 3000 });
}

/** The county prints every branch's join code: one zip of PNGs named by branch. */
export function PosterDownload() {
  const { busy, run } = useSubmit();
  const print = () =>
    run(async () => {
      const res = await call('branch.posters', {});
      if (!res.url) throw new Error('暂时无法生成下载链接，请稍后再试');
      await openZip(res.url, res.fileName);
    });
  return (
    <View className="mt-8">
      <View className="muted mb-8">一次下载全部支部的入支部二维码（每个支部一张 PNG，文件名为支部名称），用于打印海报。</View>
      <SubmitButton text={busy ? '正在生成…' : '下载全部二维码（.zip）'} plain busy={busy} onClick={print} />
    </View>
  );
}
