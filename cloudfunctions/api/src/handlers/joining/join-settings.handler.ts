import type { ActionOutputs } from '@/contracts';
import { runsBranch } from '@/domain/auth/scope.rules';
import { joinSettingsOf, type JoinSettingsInput } from '@/domain/join/join-approval.schema';
import { MAX_JOIN_VERSION } from '@/domain/join/scene.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { _ } from '@shared/platform/cloud';
import { getBranch, patchBranch } from '@shared/repos/org.repo';

/**
 * Rotates (every older poster stops working), revokes or restores a branch's join code and turns
 * approval of new joins on or off: those who may print its code (the county, sysadmin, its secretary).
 */
export async function joinSettingsHandler(input: JoinSettingsInput, { caller }: Ctx): Promise<ActionOutputs['branch.joinSettings']> {
  if (!runsBranch(caller, input.branchId)) throw forbidden('仅本支部书记或县委组织部可修改入支部设置');
  const branch = await getBranch(input.branchId);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  const current = joinSettingsOf(branch);
  if (input.rotate && current.joinVersion >= MAX_JOIN_VERSION) throw new AppError(ErrorCodes.INPUT_INVALID, '二维码更换次数已达上限，请联系系统管理员', [{ path: 'rotate', message: '更换次数已达上限' }]);
  const data: Record<string, unknown> = {};
  // inc: two rotations at once both take effect, each poster version is used once.
  if (input.rotate) data.joinVersion = _.inc(1);
  if (input.revoked !== undefined) data.joinRevoked = input.revoked;
  if (input.approval !== undefined) data.joinApproval = input.approval;
  await patchBranch(branch._id, data);
  const after = joinSettingsOf((await getBranch(branch._id)) ?? branch);
  return { branchId: branch._id, ...after };
}
