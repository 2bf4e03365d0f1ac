import type { ActionOutputs } from '@/contracts';
import { runsBranch } from '@/domain/auth/scope.rules';
import { encodeJoinScene } from '@/domain/join/scene.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { getBranch } from '@shared/repos/org.repo';
import { JOIN_PAGE, joinCodeImage } from './join-code';

/** The branch's mini-program code, whose scene lets a member join it (county, sysadmin or its secretary). */
export async function branchQrcodeHandler(input: { branchId: string }, { caller }: Ctx): Promise<ActionOutputs['branch.qrcode']> {
  if (!runsBranch(caller, input.branchId)) throw forbidden('仅本支部书记或县委组织部可生成入支部二维码');
  const [branch, secret] = await Promise.all([getBranch(input.branchId), getJoinSecret()]);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (!secret) throw new AppError(ErrorCodes.INTERNAL, '系统尚未初始化');
  if (branch.joinRevoked) throw new AppError(ErrorCodes.JOIN_CODE_REVOKED, '本支部的入支部二维码已停用，请先在「入支部设置」中恢复');

  const scene = encodeJoinScene(hmacSha256, secret, branch.code, branch.joinVersion ?? 0);
  const { contentType, bytes } = await joinCodeImage(scene);
  return { branchId: branch._id, scene, page: JOIN_PAGE, image: `data:${contentType};base64,${bytes.toString('base64')}` };
}
