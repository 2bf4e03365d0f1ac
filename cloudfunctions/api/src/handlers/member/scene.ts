import { isArchived, type Branch } from '@/domain/org/org.schema';
import { decodeJoinScene } from '@/domain/join/scene.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '../../repos/config.repo';
import { getBranchByCode } from '../../repos/org.repo';

export const sceneInvalid = () => new AppError(ErrorCodes.JOIN_SCENE_INVALID, '二维码无效或已失效，请向支部书记重新获取');

/** Verifies the scene's signature (no database request once the secret is cached); returns the code. */
export async function verifiedCode(scene: string): Promise<string> {
  const secret = await getJoinSecret();
  const code = secret ? decodeJoinScene(hmacSha256, secret, scene) : null;
  if (!code) throw sceneInvalid();
  return code;
}

export async function branchOfCode(code: string): Promise<Branch> {
  const branch = await getBranchByCode(code);
  if (!branch) throw sceneInvalid();
  // Posters of an archived branch may still hang somewhere: say so instead of "invalid".
  if (isArchived(branch)) throw new AppError(ErrorCodes.ORG_ARCHIVED, `「${branch.name}」已撤销，请向县委组织部或支部书记获取新支部的二维码`);
  return branch;
}
