import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { isOwnUpload, PHOTO_MAX_BYTES } from '@/domain/study/photo.rules';
import { checkImage, imageType } from '../../platform/content-security';
import { download } from '@shared/platform/storage';

const invalid = (message: string) => new AppError(ErrorCodes.CHECKIN_PHOTO_INVALID, message);

/** Only the member's own uploads (`uploads/<openid>/…`) may be attached: no request needed to tell. */
export function requireOwnPhotos(photos: string[], openid: string): void {
  if (photos.some((p) => !isOwnUpload(p, openid))) throw invalid('只能附上您本人上传的图片');
}

/**
 * New photos are fetched from storage, measured (≤ 1 MB), and passed through imgSecCheck, all in
 * parallel. Photos already stored with the check-in were checked when they were first attached.
 */
export async function vetNewPhotos(photos: string[]): Promise<void> {
  const verdicts = await Promise.all(
    photos.map(async (fileID) => {
      const file = await download(fileID);
      if (!file.ok) {
        if (file.missing) throw invalid('图片不存在，请重新上传');
        throw new AppError(ErrorCodes.SYSTEM_BUSY, '图片读取失败，请稍后再试');
      }
      if (file.bytes.length > PHOTO_MAX_BYTES) throw invalid('图片超过 1 MB，请压缩后重新上传');
      const type = imageType(file.bytes);
      if (!type) throw invalid('只能附上图片');
      return checkImage(file.bytes, type);
    }),
  );
  if (verdicts.includes('risky')) throw new AppError(ErrorCodes.CONTENT_RISKY, '图片含有不适宜发布的内容，请更换后再提交');
  if (verdicts.includes('unavailable')) throw new AppError(ErrorCodes.SYSTEM_BUSY, '内容安全检测暂不可用，请稍后再试');
}
