import type { InvitationView, RoleOutputs } from '@/contracts/roles';
import { invitationState } from '@/domain/roles/invitation.rules';
import { holdingIdOf, readsRoles, unitIdOf } from '@/domain/roles/role-change.rules';
import type { GrantableRole, RoleListInput } from '@/domain/roles/roles.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Grant } from '@/domain/auth/grant';
import type { Ctx } from '@shared/dispatch/context';
import { getCounty } from '@shared/repos/config.repo';
import { getBranch, getGroup } from '@shared/repos/org.repo';
import { holdersWhere, holdingsByIds, pendingInvitations } from '../../repos/roles.repo';
import { peopleFor } from './people';

/** Which grants a unit's page lists, the users query that finds their holders, and the unit's name. */
async function unitOf(input: RoleListInput): Promise<{ name: string; roles: GrantableRole[]; unitId: string | null; where: object; holds: (g: Grant) => boolean }> {
  if (input.unit === 'branch') {
    const b = await getBranch(input.branchId);
    if (!b) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '支部不存在');
    return { name: b.name, roles: ['secretary'], unitId: b._id, where: { 'grants.branchId': b._id }, holds: (g) => g.role === 'secretary' && g.branchId === b._id };
  }
  if (input.unit === 'group') {
    const g = await getGroup(input.groupId);
    if (!g) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '网上党小组不存在');
    return { name: `${g.village}（${g.township}）`, roles: ['cadre'], unitId: g._id, where: { 'grants.groupId': g._id }, holds: (x) => x.role === 'cadre' && x.groupId === g._id };
  }
  const county = await getCounty();
  return { name: county?.name ?? '县委组织部', roles: ['county', 'sysadmin'], unitId: null, where: { 'grants.role': 'county' }, holds: (g) => g.role === 'county' || g.role === 'sysadmin' };
}

/**
 * A unit's 角色管理 list: who holds which of its roles, since when and granted by whom, and its
 * open invitations. The county 组织部 and sysadmin (who grant roles) read it.
 */
export async function listRolesHandler(input: RoleListInput, { caller, now }: Ctx): Promise<RoleOutputs['role.list']> {
  if (!readsRoles(caller)) throw forbidden('仅县委组织部或系统管理员可查看角色');
  const unit = await unitOf(input);
  const users = input.unit === 'county' ? [...(await holdersWhere(unit.where)), ...(await holdersWhere({ 'grants.role': 'sysadmin' }))] : await holdersWhere(unit.where);
  const seen = new Set<string>();
  const rows = users.flatMap((u) => (seen.has(u._id) ? [] : (seen.add(u._id), u.grants.filter(unit.holds).map((g) => ({ openid: u._id, grant: g })))));
  const [people, holdings, invitations] = await Promise.all([
    peopleFor(caller, rows.map((r) => r.openid)),
    holdingsByIds(rows.map((r) => holdingIdOf(r.openid, r.grant))),
    pendingInvitations(unit.roles, unit.unitId),
  ]);
  const byId = new Map(holdings.map((h) => [h._id, h]));
  return {
    unitName: unit.name,
    holders: rows.map(({ openid, grant }) => {
      const h = byId.get(holdingIdOf(openid, grant));
      return { ...people.get(openid)!, role: grant.role as GrantableRole, unitId: unitIdOf(grant), since: h?.since ?? null, grantedByName: h?.grantedByName ?? null, via: h?.via ?? null };
    }),
    invitations: invitations
      .map((i): InvitationView => ({ _id: i._id, role: i.role, unitId: i.unitId, createdByName: i.createdByName, createdAt: i.createdAt, expiresAt: i.expiresAt, state: invitationState(i, now) }))
      .filter((i) => i.state === 'open'),
  };
}
