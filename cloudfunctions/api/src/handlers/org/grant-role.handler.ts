import type { ActionOutputs } from '@/contracts';
import { canGrantRole, grantOf } from '@/domain/auth/grant.rules';
import type { GrantRoleInput } from '@/domain/org/org.schema';
import type { Member } from '@/domain/member/member.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getMember, getMemberByOpenid } from '@shared/repos/members.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { getAgreement } from '../../repos/agreements.repo';
import { endPairingsOfCadre } from '../../repos/pairings.repo';
import { existingMember } from '@shared/auth/guards';
import { changeRole } from '../roles/role-change';

/**
 * Grants or (revoke: true) removes one role of a user, named by his member record (the app's
 * picker) or by openid (seeding and the 角色管理 page's revoke, which lists holders by openid; the
 * app never asks a person to type one). The users document is created with the grant when the
 * user has none yet. Bookkeeping, audit and the sysadmin roster: roles/role-change.ts.
 */
export async function grantRoleHandler(input: GrantRoleInput, { caller, now }: Ctx): Promise<ActionOutputs['org.grantRole']> {
  if (input.role === 'member') {
    throw new AppError(ErrorCodes.INPUT_INVALID, '党员身份通过扫码加入支部获得', [{ path: 'role', message: '不能授予或撤销党员身份' }]);
  }
  if (!canGrantRole(caller, input.role)) throw forbidden('无权授予或撤销该角色');
  const grant = grantOf(input);
  if (!grant) throw new AppError(ErrorCodes.INPUT_INVALID, '角色范围不完整', [{ path: 'role', message: '角色范围不完整' }]);
  const revoke = input.revoke === true;

  // His users document takes a member's name from his record (a grant by openid looks it up).
  let openid = input.openid;
  let member: Member | null = null;
  if (input.memberId) {
    member = existingMember(await getMember(input.memberId));
    openid = member.openid;
  } else if (!revoke) member = await getMemberByOpenid(openid as string);
  if (!revoke && grant.role === 'secretary' && !(await getBranch(grant.branchId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  if (!revoke && grant.role === 'cadre' && !(await getGroup(grant.groupId))) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
  if (!revoke && grant.role === 'inflow' && !(await getAgreement(grant.agreementId))) throw new AppError(ErrorCodes.AGREEMENT_NOT_FOUND, '共管协议不存在');

  const target = openid as string;
  const grants = await changeRole({ actor: caller, target, grant, revoke, via: 'pick', now, member });
  // A cadre who leaves a village leaves its members unpaired, so the gap monitor and the dashboard
  // show them for re-pairing. A where().remove() cannot join the transaction; revoking again (a
  // no-op for the grant) finishes it should this request fail.
  if (revoke && grant.role === 'cadre') await endPairingsOfCadre(target, grant.groupId);
  return { openid: target, grants };
}
