import Taro from '@tarojs/taro';
import type { ExportProgress } from '@/contracts/ledger';

/**
 * Opens a finished 台账 file. H5: the browser downloads the temporary link, saved under the
 * ledger's own name (the storage path is only a timestamp; `download` names it where the link is
 * same-origin, and elsewhere the link still opens in a new tab). Weapp: downloaded by fileID
 * (wx.cloud.downloadFile goes through the cloud's own channel, so no downloadFile domain has to be
 * whitelisted, which Taro.downloadFile(tempURL) would need:
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/downloadFile.html)
 * into the app's temp space, then opened with the system document viewer (its menu forwards and saves).
 */
export async function openExportFile({ url, fileID, fileName }: Pick<ExportProgress, 'url' | 'fileID' | 'fileName'>): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName ?? '';
    a.target = '_blank';
    a.rel = 'noopener';
    a.click();
    return;
  }
  if (!fileID) return;
  Taro.showLoading({ title: '正在下载…' });
  try {
    const file = await Taro.cloud.downloadFile({ fileID });
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true });
  } catch {
    void Taro.showToast({ title: '下载失败，请重试', icon: 'none' });
  } finally {
    Taro.hideLoading();
  }
}
