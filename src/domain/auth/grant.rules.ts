import type { Caller, Grant } from './grant';
import { hasRole, sameGrant } from './grant';
import type { Role } from '../org/org.schema';

/** Adds (idempotently) or removes one grant. */
export function applyGrant(grants: Grant[], grant: Grant, revoke: boolean): Grant[] {
  const rest = grants.filter((g) => !sameGrant(g, grant));
  return revoke ? rest : [...rest, grant];
}

/**
 * Who hands out which role: sysadmin grants everything; the county 组织部 grants the organiser
 * roles below sysadmin. `member` is not granted: one becomes a member by joining a branch.
 */
export function canGrantRole(caller: Caller, role: Role): boolean {
  if (role === 'member') return false;
  if (hasRole(caller, 'sysadmin')) return true;
  return hasRole(caller, 'county') && role !== 'sysadmin';
}

export function grantOf(input: { role: Role; branchId?: string; groupId?: string; agreementId?: string }): Grant | null {
  switch (input.role) {
    case 'sysadmin':
      return { role: 'sysadmin' };
    case 'county':
      return { role: 'county' };
    case 'secretary':
      return input.branchId ? { role: 'secretary', branchId: input.branchId } : null;
    case 'cadre':
      return input.groupId ? { role: 'cadre', groupId: input.groupId } : null;
    case 'inflow':
      return input.agreementId ? { role: 'inflow', agreementId: input.agreementId } : null;
    default:
      return null;
  }
}
