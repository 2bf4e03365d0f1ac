import Taro from '@tarojs/taro';

/**
 * Getting a file the functions wrote (a 台账, a zip of posters) to the person.
 * H5: the browser downloads the temporary link under the file's own name (the storage path is only
 * a timestamp; `download` names it where the link is same-origin, elsewhere it opens in a new tab).
 * Weapp: by fileID — wx.cloud.downloadFile goes through the cloud's own channel, so no download
 * domain has to be whitelisted, which Taro.downloadFile(tempURL) would need
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/downloadFile.html).
 */
export function downloadInBrowser({ url, fileName }: { url?: string | null; fileName?: string | null }): void {
  if (!url) return;
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName ?? '';
  a.target = '_blank';
  a.rel = 'noopener';
  a.click();
}

/** The file in the app's temp space (weapp), with the loading veil while it comes. */
export async function downloadByFileID(fileID: string): Promise<string> {
  Taro.showLoading({ title: '正在下载…' });
  try {
    return (await Taro.cloud.downloadFile({ fileID })).tempFilePath;
  } finally {
    Taro.hideLoading();
  }
}
