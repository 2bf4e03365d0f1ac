import { isArchived, type Branch } from '@/domain/org/org.schema';
import { decodeJoinScene, sceneRefusal, type JoinScene } from '@/domain/join/scene.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { hmacSha256 } from '../../platform/crypto';
import { getJoinSecret } from '@shared/repos/config.repo';
import { getBranchByCode } from '@shared/repos/org.repo';

export const sceneInvalid = () => new AppError(ErrorCodes.JOIN_SCENE_INVALID, '二维码无效或已失效，请向支部书记重新获取');

/**
 * Verifies the scene's signature (no database request once the secret is cached, or when it came
 * with the caller's read: `known`); returns its code and version.
 */
export async function verifiedScene(scene: string, known?: string | null): Promise<JoinScene> {
  const secret = known === undefined ? await getJoinSecret() : known;
  const decoded = secret ? decodeJoinScene(hmacSha256, secret, scene) : null;
  if (!decoded) throw sceneInvalid();
  return decoded;
}

/**
 * The branch a verified scene names, while its code still lets people in: a rotated code (an old
 * poster) and a revoked one each get their own message, so the member knows to ask for a new one.
 */
export async function branchOfScene(scene: JoinScene, found?: Branch | null): Promise<Branch> {
  // What the caller's read found by the claimed code is that branch only if the verified code names it.
  const branch = found !== undefined && (found === null || found.code === scene.code) ? found : await getBranchByCode(scene.code);
  if (!branch) throw sceneInvalid();
  // Posters of an archived branch may still hang somewhere: say so instead of "invalid".
  if (isArchived(branch)) throw new AppError(ErrorCodes.ORG_ARCHIVED, `「${branch.name}」已撤销，请向县委组织部或支部书记获取新支部的二维码`);
  const refused = sceneRefusal(branch, scene);
  if (refused === 'revoked') throw new AppError(ErrorCodes.JOIN_CODE_REVOKED, `${branch.name}已停用入支部二维码，请联系支部书记`);
  if (refused === 'rotated') throw new AppError(ErrorCodes.JOIN_CODE_ROTATED, `此二维码已更换，请向${branch.name}书记索取新的二维码`);
  return branch;
}
