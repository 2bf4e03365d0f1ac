import Taro from '@tarojs/taro';

/**
 * Opens a finished 台账 file. H5: the browser downloads the temporary link, saved under the
 * ledger's own name (the storage path is only a timestamp; `download` names it where the link is
 * same-origin, and elsewhere the link still opens in a new tab). Weapp: a mini-program
 * cannot follow a link, so the file is downloaded into the app's temp space and opened with the
 * system document viewer (which offers forwarding and saving from its menu).
 */
export async function openExportFile(url: string, fileName: string | null): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName ?? '';
    a.target = '_blank';
    a.rel = 'noopener';
    a.click();
    return;
  }
  Taro.showLoading({ title: '正在下载…' });
  try {
    const file = await Taro.downloadFile({ url });
    if (file.statusCode !== 200) throw new Error(`HTTP ${file.statusCode}`);
    await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true });
  } catch {
    void Taro.showToast({ title: '下载失败，请重试', icon: 'none' });
  } finally {
    Taro.hideLoading();
  }
}
