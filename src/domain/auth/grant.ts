import type { Role } from '../org/org.schema';

/**
 * A role held by a user. Scoped roles carry the unit they apply to; a user may hold several
 * (a member of branch A can be the secretary of branch B).
 */
export type Grant =
  | { role: 'sysadmin' }
  | { role: 'county' }
  | { role: 'secretary'; branchId: string }
  | { role: 'cadre'; groupId: string }
  /** An organiser of an inflow organisation: only the members and fields of one co-management agreement. */
  | { role: 'inflow'; agreementId: string };

/** Where a member sits: his branch and his home village group. */
export interface Placement {
  branchId: string;
  groupId: string;
  /** His mobile status ended: no pushes, reminders or sign-ins reach him (mobility.rules). */
  ended?: boolean;
}

/** The caller as handlers see him: identity from getWXContext, grants from his users document, the rest from his member record. */
export interface Caller {
  openid: string;
  memberId: string | null;
  name: string | null;
  grants: Grant[];
  /** His member record's branch and group (null before joining), read with him on every call. */
  placement: Placement | null;
}

export const sameGrant = (a: Grant, b: Grant): boolean =>
  a.role === b.role &&
  (a.role !== 'secretary' || a.branchId === (b as { branchId: string }).branchId) &&
  (a.role !== 'cadre' || a.groupId === (b as { groupId: string }).groupId) &&
  (a.role !== 'inflow' || a.agreementId === (b as { agreementId: string }).agreementId);

export const hasRole = (caller: Caller, role: Role): boolean =>
  role === 'member' ? caller.memberId !== null : caller.grants.some((g) => g.role === role);
