import Taro from '@tarojs/taro';
import { AppError, ClientErrorCodes } from '@/domain/shared/app-error';
import { fitPhoto, PHOTO_MAX_BYTES, photoFits, uploadPath } from '@/domain/study/photo.rules';
import { devOpenidOrSignin, localCloudBase } from './cloud';

export interface PickedImage {
  /** Shows the picture before and while it uploads. */
  previewUrl: string;
  size: number;
  /** H5 only: the picked file itself. */
  file?: Blob;
}

const tooLarge = () => new AppError(ClientErrorCodes.CHECKIN_PHOTO_INVALID, `图片压缩后仍超过 ${PHOTO_MAX_BYTES / 1024} KB，请换一张`);
/** JPEG qualities tried in turn until the photo is small enough. */
const QUALITIES = [80, 60, 40];

/**
 * Lets the member pick photos, each shrunk on the phone to what the image check takes
 * (photo.rules.ts: 750 × 1334 px, 500 KB) before anything is uploaded.
 */
export async function pickImages(count: number): Promise<PickedImage[]> {
  if (process.env.TARO_ENV === 'h5') {
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'] });
    const files = await Promise.all(res.tempFiles.map(async (f) => (f as { originalFileObj?: Blob }).originalFileObj ?? (await (await fetch(f.path)).blob())));
    return Promise.all(files.map(shrinkInBrowser));
  }
  const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'] });
  return Promise.all(res.tempFiles.map((f) => shrinkOnPhone(f.tempFilePath, f.size)));
}

const sizeOf = (filePath: string) =>
  new Promise<number>((resolve, reject) =>
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (r) => resolve(r.size), fail: reject }),
  );

/**
 * wx.compressImage with compressedWidth (base library 2.26.0; the height follows the proportions).
 * A photo's EXIF rotation may swap its sides in the output, so the result is measured again and,
 * if it still does not fit, shrunk once more from what it became.
 */
async function shrinkOnPhone(path: string, size: number): Promise<PickedImage> {
  let src = path;
  let bytes = size;
  for (let pass = 0; pass < 3; pass++) {
    const { width, height } = await Taro.getImageInfo({ src });
    if (photoFits(width, height, bytes)) return { previewUrl: src, size: bytes };
    const quality = QUALITIES[Math.min(pass, QUALITIES.length - 1)];
    const { tempFilePath } = await Taro.compressImage({ src, quality, compressedWidth: fitPhoto(width, height).width } as Taro.compressImage.Option);
    src = tempFilePath;
    bytes = await sizeOf(src);
  }
  throw tooLarge();
}

/** The browser's stand-in: a canvas redraw at the fitted size (createImageBitmap applies EXIF rotation). */
async function shrinkInBrowser(file: Blob): Promise<PickedImage> {
  const bitmap = await createImageBitmap(file);
  if (photoFits(bitmap.width, bitmap.height, file.size)) return { previewUrl: URL.createObjectURL(file), size: file.size, file };
  const { width, height } = fitPhoto(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  for (const q of QUALITIES) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', q / 100));
    if (blob && blob.size <= PHOTO_MAX_BYTES) return { previewUrl: URL.createObjectURL(blob), size: blob.size, file: blob };
  }
  throw tooLarge();
}

/**
 * Uploads one photo to cloud storage under the member's own folder (the storage rule and the
 * function both insist on it) and answers its fileID.
 */
export async function uploadImage(image: PickedImage, openid: string, now = Date.now()): Promise<string> {
  if (image.size > PHOTO_MAX_BYTES) throw tooLarge();
  const cloudPath = uploadPath(openid, now, Math.random().toString(36).slice(2, 10));
  try {
    if (process.env.TARO_ENV === 'h5') return await uploadLocal(image, cloudPath);
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: image.previewUrl });
    return res.fileID;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(ClientErrorCodes.NETWORK_FAILED, '图片上传失败，请检查网络后重试');
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
  throw new AppError(ClientErrorCodes.CHECKIN_PHOTO_INVALID, json?.error?.message ?? `图片上传失败（HTTP ${res.status}）`);
}
