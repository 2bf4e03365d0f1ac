import type { RoleOutputs } from '@/contracts/roles';
import { personOf } from '@/domain/roles/person.rules';
import type { OrganiserProfile } from '@/domain/roles/roles.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { renameCadre } from '../../repos/pairings.repo';
import { saveOrganiserProfile } from '@shared/repos/users.repo';

/**
 * An organiser who is not a member keeps his own name, phone and 单位/职务 (a member's come from
 * his record, which he edits on 我的档案). Only role holders have a profile to keep.
 */
export async function saveProfileHandler(input: OrganiserProfile, { caller, user, now }: Ctx): Promise<RoleOutputs['role.saveProfile']> {
  if (!caller.grants.length) throw forbidden('仅组织者需要填写组织者资料');
  if (caller.memberId) throw new AppError(ErrorCodes.INPUT_INVALID, '党员的姓名和手机号请在「我的档案」中修改', [{ path: 'name', message: '请在「我的档案」中修改' }]);
  const profile = { phone: input.phone, ...(input.title ? { title: input.title } : {}) };
  await saveOrganiserProfile(caller.openid, input.name, profile, now);
  // Pairings keep the cadre's name for his members and the ledger export: a cadre named before
  // profiles existed (「村干部」) gets his name there too. Not in a transaction: many pairings.
  if (caller.grants.some((g) => g.role === 'cadre')) await renameCadre(caller.openid, input.name);
  return personOf(caller, caller.openid, { ...user, name: input.name, profile }, null);
}
