import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { cloud } from '@shared/platform/cloud';

export const JOIN_PAGE = 'pages/join/index';

/**
 * The mini-program code opening the join page with `scene` (wxacode.getUnlimited; `width` in px,
 * 280-1280). branch.qrcode shows it, branch.posters prints it: one call, so both carry the same
 * signed scene.
 */
export async function joinCodeImage(scene: string, width?: number): Promise<{ contentType: string; bytes: Buffer }> {
  let res: { contentType?: string; buffer?: Buffer | Uint8Array };
  try {
    res = await cloud.openapi.wxacode.getUnlimited({ scene, page: JOIN_PAGE, checkPath: false, envVersion: 'release', ...(width ? { width } : {}) });
  } catch (err) {
    console.error('[api] wxacode.getUnlimited failed', err);
    throw new AppError(ErrorCodes.SYSTEM_BUSY, '小程序码生成失败，请稍后再试');
  }
  if (!res?.buffer) {
    console.error('[api] wxacode.getUnlimited answered without an image', res);
    throw new AppError(ErrorCodes.SYSTEM_BUSY, '小程序码生成失败，请稍后再试');
  }
  return { contentType: res.contentType?.startsWith('image/') ? res.contentType : 'image/png', bytes: Buffer.from(res.buffer) };
}
