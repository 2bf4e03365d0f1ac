import type { Caller, Grant } from '../auth/grant';
import { hasRole } from '../auth/grant';
import type { GrantableRole } from './roles.schema';

/** The unit a grant applies to (null: county-wide). */
export const unitIdOf = (g: Grant): string | null =>
  g.role === 'secretary' ? g.branchId : g.role === 'cadre' ? g.groupId : g.role === 'inflow' ? g.agreementId : null;

/** A grant from a role and its unit id (an invitation or a holding stores them so). */
export function grantFrom(role: GrantableRole, unitId: string | null): Grant {
  switch (role) {
    case 'secretary':
      return { role, branchId: unitId as string };
    case 'cadre':
      return { role, groupId: unitId as string };
    case 'inflow':
      return { role, agreementId: unitId as string };
    default:
      return { role };
  }
}

/** One user's one grant: the `_id` of its roleHoldings document. */
export const holdingIdOf = (openid: string, g: Grant): string => `${g.role}.${unitIdOf(g) ?? 'county'}.${openid}`;

/**
 * Roles that show personal data in full (docs/who-sees-what.md): every organiser role but
 * sysadmin. Nobody hands himself one of these, by a grant or by accepting his own invitation, so
 * reading unmasked data always takes a second person and leaves an audit entry.
 */
export const unmasksData = (role: GrantableRole): boolean => role !== 'sysadmin';

export const isSelfGrant = (caller: Pick<Caller, 'openid'>, target: string, role: GrantableRole, revoke: boolean): boolean =>
  !revoke && caller.openid === target && unmasksData(role);

/** Reads the role audit log and every unit's role list: the county 组织部, and sysadmin who grants roles. */
export const readsRoles = (caller: Caller): boolean => hasRole(caller, 'county') || hasRole(caller, 'sysadmin');
