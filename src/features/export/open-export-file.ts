import Taro from '@tarojs/taro';
import type { ExportProgress } from '@/contracts/ledger';
import { downloadByFileID, downloadInBrowser } from '../shared/cloud-file';

/**
 * Opens a finished 台账 file: on H5 the browser downloads it; on weapp it is downloaded by fileID
 * (shared/cloud-file.ts) and opened with the system document viewer (its menu forwards and saves).
 */
export async function openExportFile(progress: Pick<ExportProgress, 'url' | 'fileID' | 'fileName'>): Promise<void> {
  if (process.env.TARO_ENV === 'h5') return downloadInBrowser(progress);
  if (!progress.fileID) return;
  try {
    await Taro.openDocument({ filePath: await downloadByFileID(progress.fileID), fileType: 'xlsx', showMenu: true });
  } catch {
    void Taro.showToast({ title: '下载失败，请重试', icon: 'none' });
  }
}
