import Taro from '@tarojs/taro';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { PHOTO_MAX_BYTES, uploadPath } from '@/domain/study/photo.rules';
import { devOpenidOrSignin, localCloudBase } from './cloud';

export interface PickedImage {
  /** Shows the picture before and while it uploads. */
  previewUrl: string;
  size: number;
  /** H5 only: the picked file itself. */
  file?: Blob;
}

/** Lets the member pick photos: compressed by WeChat on weapp, as-is in the browser. */
export async function pickImages(count: number): Promise<PickedImage[]> {
  if (process.env.TARO_ENV === 'h5') {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'] });
    return res.tempFiles.map((f) => ({ previewUrl: f.path, size: f.size, file: (f as { originalFileObj?: Blob }).originalFileObj }));
  }
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] });
  return res.tempFiles.map((f) => ({ previewUrl: f.tempFilePath, size: f.size }));
}

/**
 * Uploads one photo to cloud storage under the member's own folder (the storage rule and the
 * function both insist on it) and answers its fileID.
 */
export async function uploadImage(image: PickedImage, openid: string, now = Date.now()): Promise<string> {
  if (image.size > PHOTO_MAX_BYTES) throw new AppError(ErrorCodes.CHECKIN_PHOTO_INVALID, '图片过大，请选择 1 MB 以内的图片');
  const cloudPath = uploadPath(openid, now, Math.random().toString(36).slice(2, 10));
  try {
    if (process.env.TARO_ENV === 'h5') return await uploadLocal(image, cloudPath);
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: image.previewUrl });
    return res.fileID;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(ErrorCodes.NETWORK_FAILED, '图片上传失败，请检查网络后重试');
  }
}

async function uploadLocal(image: PickedImage, cloudPath: string): Promise<string> {
  const body = image.file ?? (await (await fetch(image.previewUrl)).blob());
  const res = await fetch(`${localCloudBase()}/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'x-dev-openid': devOpenidOrSignin(), 'content-type': body.type || 'image/jpeg' },
    body,
  });
  const json = (await res.json().catch(() => null)) as { fileID?: string; error?: { code: string; message: string } } | null;
  if (json?.fileID) return json.fileID;
  throw new AppError(ErrorCodes.CHECKIN_PHOTO_INVALID, json?.error?.message ?? `图片上传失败（HTTP ${res.status}）`);
}
