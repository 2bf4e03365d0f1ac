import type { ActionOutputs } from '@/contracts';
import { applyGrant, canGrantRole, grantOf } from '@/domain/auth/grant.rules';
import type { GrantRoleInput } from '@/domain/org/org.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../../context';
import { inTransaction } from '@shared/platform/cloud';
import { getMember } from '../../repos/members.repo';
import { getBranch, getGroup } from '../../repos/org.repo';
import { getAgreement } from '../../repos/agreements.repo';
import { endPairingsOfCadre } from '../../repos/pairings.repo';
import { countSysadmins, getUser, putUser } from '../../repos/users.repo';
import { existingMember } from '../guards';

/**
 * Grants or (revoke: true) removes one role of a user, named by openid or by his member record.
 * The user need not have opened the app yet: his users document is created with the grant.
 */
export async function grantRoleHandler(input: GrantRoleInput, { caller, now }: Ctx): Promise<ActionOutputs['org.grantRole']> {
  if (input.role === 'member') {
    throw new AppError(ErrorCodes.INPUT_INVALID, '党员身份通过扫码加入支部获得', [{ path: 'role', message: '不能授予或撤销党员身份' }]);
  }
  if (!canGrantRole(caller, input.role)) throw forbidden('无权授予或撤销该角色');
  const grant = grantOf(input);
  if (!grant) throw new AppError(ErrorCodes.INPUT_INVALID, '角色范围不完整', [{ path: 'role', message: '角色范围不完整' }]);
  const revoke = input.revoke === true;

  let openid = input.openid;
  if (input.memberId) {
    const member = existingMember(await getMember(input.memberId));
    openid = member.openid;
  }
  if (!revoke && grant.role === 'secretary' && !(await getBranch(grant.branchId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (!revoke && grant.role === 'cadre' && !(await getGroup(grant.groupId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
  if (!revoke && grant.role === 'inflow' && !(await getAgreement(grant.agreementId))) throw new AppError(ErrorCodes.AGREEMENT_NOT_FOUND, '共管协议不存在');
  // Keeps "a sysadmin exists" true for good, which is what makes admin.bootstrap a one-off.
  if (revoke && grant.role === 'sysadmin' && (await countSysadmins()) <= 1) throw forbidden('至少保留一名系统管理员');

  const target = openid as string;
  const grants = await inTransaction(async (tx) => {
    const user = await getUser(target, tx);
    const next = applyGrant(user?.grants ?? [], grant, revoke);
    await putUser(tx, {
      _id: target,
      name: user?.name ?? null,
      memberId: user?.memberId ?? null,
      grants: next,
      placement: user?.placement ?? null,
      createdAt: user?.createdAt ?? now,
      updatedAt: now,
    });
    return next;
  });
  // A cadre who leaves a village leaves its members unpaired, so the gap monitor and the dashboard
  // show them for re-pairing. A where().remove() cannot join the transaction; revoking again (a
  // no-op for the grant) finishes it should this request fail.
  if (revoke && grant.role === 'cadre') await endPairingsOfCadre(target, grant.groupId);
  return { openid: target, grants };
}
