import Taro from '@tarojs/taro';
import type { PosterProgress } from '@/contracts/poster';

/**
 * Getting the finished zip to the person. H5: the browser downloads the temporary link under the
 * zip's own name. Weapp: a mini-program opens no zip, so it is downloaded by fileID
 * (wx.cloud.downloadFile goes through the cloud's own channel: no download domain to whitelist,
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/downloadFile.html)
 * and then sent to a chat (文件传输助手 reaches a computer) with wx.shareFileMessage, which WeChat
 * allows only inside a tap ("限制：仅在点击行为时调用",
 * https://developers.weixin.qq.com/miniprogram/dev/api/share/wx.shareFileMessage.html): the
 * download happens when the job ends, the share on the button's tap.
 */
export function downloadZipInBrowser({ url, fileName }: Pick<PosterProgress, 'url' | 'fileName'>): void {
  if (!url) return;
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName ?? '';
  a.target = '_blank';
  a.rel = 'noopener';
  a.click();
}

/** The zip in the app's temp space (weapp). */
export async function downloadZipToPhone(fileID: string): Promise<string> {
  Taro.showLoading({ title: '正在下载…' });
  try {
    return (await Taro.cloud.downloadFile({ fileID })).tempFilePath;
  } finally {
    Taro.hideLoading();
  }
}

/** Call synchronously from the tap handler: WeChat refuses the share outside a tap. */
export function shareZip(filePath: string, fileName: string | null): void {
  Taro.shareFileMessage({ filePath, ...(fileName ? { fileName } : {}) }).catch(() => {
    void Taro.showToast({ title: '未发送，可再点一次', icon: 'none' });
  });
}
