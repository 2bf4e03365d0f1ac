import type { RoleOutputs } from '@/contracts/roles';
import { canGrantRole } from '@/domain/auth/grant.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { getMember } from '@shared/repos/members.repo';
import { getBranch } from '@shared/repos/org.repo';
import { holdersWhere, setBranchSecretary } from '../../repos/roles.repo';
import { existingMember } from '@shared/auth/guards';
import { changeRole } from './role-change';

/**
 * 书记交接: in one transaction the branch's secretary grants end and the member picked becomes
 * its secretary (each change audited as a handover); then the branch's secretary name and phone
 * follow. Repeating a handover that stopped before that last step finishes it (the role changes
 * are then no-ops).
 */
export async function handoverSecretaryHandler(input: { branchId: string; memberId: string }, { caller, now }: Ctx): Promise<RoleOutputs['role.handover']> {
  if (!canGrantRole(caller, 'secretary')) throw forbidden('仅县委组织部或系统管理员可办理书记交接');
  const branch = await getBranch(input.branchId);
  if (!branch) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
  const member = existingMember(await getMember(input.memberId));
  const grant = { role: 'secretary' as const, branchId: branch._id };
  const outgoing = (await holdersWhere({ 'grants.branchId': branch._id })).filter((u) => u._id !== member.openid && u.grants.some((g) => g.role === 'secretary' && g.branchId === branch._id));
  await inTransaction(async (tx) => {
    for (const u of outgoing) await changeRole({ actor: caller, target: u._id, grant, revoke: true, via: 'handover', kind: 'handover', now }, tx);
    await changeRole({ actor: caller, target: member.openid, grant, revoke: false, via: 'handover', kind: 'handover', now, member }, tx);
  });
  await setBranchSecretary(branch._id, member.name, member.phone);
  return { secretaryName: member.name, secretaryPhone: member.phone, ended: outgoing.length };
}
