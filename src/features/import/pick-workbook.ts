import Taro from '@tarojs/taro';
import { importUploadFolder, MAX_BYTES } from '@/domain/import/import-job.rules';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { devOpenidOrSignin, localCloudBase } from '@/services/cloud';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tooLarge = () => new AppError(ClientErrorCodes.IMPORT_FILE_INVALID, `文件不能超过 ${MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入`);

/** The browser's file dialog for one .xlsx (resolves null when the user closes it without picking). */
function chooseInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.xlsx,${XLSX}`;
    input.onchange = () => resolve(input.files?.[0] ?? null);
    input.click();
  });
}

/**
 * Lets the county pick an .xlsx and uploads it to his own imports folder in cloud storage (the only
 * place the storage rule lets him write, and the only place import.check reads); answers its fileID
 * and name, or null when he picked nothing. Weapp: files come from a WeChat chat (chooseMessageFile),
 * the way a phone receives an Excel file.
 */
export async function pickWorkbook(openid: string, now = Date.now()): Promise<{ fileID: string; name: string } | null> {
  const cloudPath = `${importUploadFolder(openid)}${now}-${Math.random().toString(36).slice(2, 10)}.xlsx`;
  if (process.env.TARO_ENV === 'h5') {
    const file = await chooseInBrowser();
    if (!file) return null;
    if (file.size > MAX_BYTES) throw tooLarge();
    const res = await fetch(`${localCloudBase()}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'x-dev-openid': devOpenidOrSignin(), 'content-type': XLSX },
      body: file,
    });
    const json = (await res.json().catch(() => null)) as { fileID?: string; error?: { message: string } } | null;
    if (!json?.fileID) throw new AppError(ClientErrorCodes.IMPORT_FILE_INVALID, json?.error?.message ?? `上传失败（HTTP ${res.status}）`);
    return { fileID: json.fileID, name: file.name };
  }
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null);
  const file = picked?.tempFiles[0];
  if (!file) return null;
  if (file.size > MAX_BYTES) throw tooLarge();
  try {
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path });
    return { fileID: res.fileID, name: file.name };
  } catch {
    throw new AppError(ClientErrorCodes.NETWORK_FAILED, '文件上传失败，请检查网络后重试');
  }
}
