import { imageSize } from 'image-size';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { isOwnUpload, PHOTO_MAX_BYTES, PHOTO_MAX_HEIGHT, PHOTO_MAX_WIDTH } from '@/domain/study/photo.rules';
import { checkImage, imageType } from '../../platform/content-security';
import { download } from '@shared/platform/storage';

const invalid = (message: string) => new AppError(ErrorCodes.CHECKIN_PHOTO_INVALID, message);

/** Only the member's own uploads (`uploads/<openid>/…`) may be attached: no request needed to tell. */
export function requireOwnPhotos(photos: string[], openid: string): void {
  if (photos.some((p) => !isOwnUpload(p, openid))) throw invalid('只能附上您本人上传的图片');
}

function pixelsOf(bytes: Buffer): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

/**
 * New photos are fetched from storage, held to the image check's limits (photo.rules.ts: the phone
 * already shrank them, so a larger one did not come from the app) and passed through imgSecCheck,
 * all in parallel. A risky photo refuses the check-in. A photo the check could not judge (the
 * service down, a system error) does not: it is answered in `held` — kept on the check-in, shown
 * to its author only, and checked again the next time he submits (submit-checkin.handler.ts).
 */
export async function vetNewPhotos(photos: string[]): Promise<{ held: string[] }> {
  const verdicts = await Promise.all(
    photos.map(async (fileID) => {
      const file = await download(fileID);
      if (!file.ok) {
        if (file.missing) throw invalid('图片不存在，请重新上传');
        throw new AppError(ErrorCodes.SYSTEM_BUSY, '图片读取失败，请稍后再试');
      }
      if (!imageType(file.bytes)) throw invalid('只能附上图片');
      const px = pixelsOf(file.bytes);
      if (!px) throw invalid('只能附上图片');
      if (file.bytes.length > PHOTO_MAX_BYTES || px.width > PHOTO_MAX_WIDTH || px.height > PHOTO_MAX_HEIGHT) {
        throw invalid(`图片需在 ${PHOTO_MAX_WIDTH}×${PHOTO_MAX_HEIGHT} 像素、${PHOTO_MAX_BYTES / 1024} KB 以内，请重新选择`);
      }
      return { fileID, verdict: await checkImage(file.bytes, imageType(file.bytes)!) };
    }),
  );
  if (verdicts.some((v) => v.verdict === 'risky')) throw new AppError(ErrorCodes.CONTENT_RISKY, '图片含有不适宜发布的内容，请更换后再提交');
  return { held: verdicts.filter((v) => v.verdict === 'unavailable').map((v) => v.fileID) };
}
