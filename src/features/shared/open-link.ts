import Taro from '@tarojs/taro';

/** The weapp may only open whitelisted domains: copy the link so the member opens it in a browser. */
export function openLink(url: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  // Copying waits for the privacy agreement (privacy-sheet.tsx); declined, nothing is copied.
  Taro.setClipboardData({ data: url }).then(
    () => void Taro.showToast({ title: '链接已复制，请在浏览器打开', icon: 'none' }),
    () => void Taro.showToast({ title: '未同意隐私保护指引，无法复制链接', icon: 'none' }),
  );
}
