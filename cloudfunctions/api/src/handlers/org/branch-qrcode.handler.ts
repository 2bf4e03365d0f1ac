import type { ActionOutputs } from '@/contracts';
import { runsBranch } from '@/domain/auth/scope.rules';
import { encodeJoinScene } from '@/domain/join/scene.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { cloud } from '@shared/platform/cloud';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '../../repos/config.repo';
import { getBranch } from '../../repos/org.repo';

export const JOIN_PAGE = 'pages/join/index';

/** The branch's mini-program code, whose scene lets a member join it (county, sysadmin or its secretary). */
export async function branchQrcodeHandler(input: { branchId: string }, { caller }: Ctx): Promise<ActionOutputs['branch.qrcode']> {
  if (!runsBranch(caller, input.branchId)) throw forbidden('仅本支部书记或县委组织部可生成入支部二维码');
  const [branch, secret] = await Promise.all([getBranch(input.branchId), getJoinSecret()]);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  if (branch.joinRevoked) throw new AppError(ErrorCodes.JOIN_CODE_REVOKED, '本支部的入支部二维码已停用，请先在「入支部设置」中恢复');

  const scene = encodeJoinScene(hmacSha256, secret, branch.code, branch.joinVersion ?? 0);
  let res: { contentType?: string; buffer?: Buffer | Uint8Array };
  try {
    res = await cloud.openapi.wxacode.getUnlimited({ scene, page: JOIN_PAGE, checkPath: false, envVersion: 'release' });
  } catch (err) {
    console.error('[api] wxacode.getUnlimited failed', err);
    throw new AppError(ErrorCodes.SYSTEM_BUSY, '小程序码生成失败，请稍后再试');
  }
  if (!res?.buffer) {
    console.error('[api] wxacode.getUnlimited answered without an image', res);
    throw new AppError(ErrorCodes.SYSTEM_BUSY, '小程序码生成失败，请稍后再试');
  }
  const type = res.contentType?.startsWith('image/') ? res.contentType : 'image/png';
  return { branchId: branch._id, scene, page: JOIN_PAGE, image: `data:${type};base64,${Buffer.from(res.buffer).toString('base64')}` };
}
