import type { Caller } from './grant';
import { hasRole } from './grant';

/** Where a member sits in the organisation: all that scope checks need to know about him. */
export interface MemberPlacement {
  _id: string;
  branchId: string;
  groupId: string;
}

/** County-wide roles. sysadmin administers the system but is not a member manager (see mask rules). */
export const isCountyWide = (caller: Caller): boolean => hasRole(caller, 'county') || hasRole(caller, 'sysadmin');

export const canAdministerOrg = (caller: Caller): boolean => isCountyWide(caller);

/** The branches a caller is secretary of. */
export const secretaryBranchIds = (caller: Caller): string[] => caller.grants.flatMap((g) => (g.role === 'secretary' ? [g.branchId] : []));

/** The village groups a caller is cadre of (grants alone: an assignee's come from his users document). */
export const cadreGroupIds = (caller: Pick<Caller, 'grants'>): string[] => caller.grants.flatMap((g) => (g.role === 'cadre' ? [g.groupId] : []));

/** Runs a branch (its QR code, its theme day, its publications): the county-wide roles and its secretary. */
export const runsBranch = (caller: Caller, branchId: string): boolean => isCountyWide(caller) || secretaryBranchIds(caller).includes(branchId);

/** Runs some branch: the county-wide roles and any secretary (to show him the publish and project pages). */
export const runsAnyBranch = (caller: Caller): boolean => isCountyWide(caller) || secretaryBranchIds(caller).length > 0;

/** A push audience (study/job schemas) as far as scope goes: some branches, or a wider one with fields of its own. */
export type PushAudience = { scope: 'branches'; branchIds: string[] } | { scope: 'county' | 'groups' | 'cities'; [field: string]: unknown };

/**
 * Who may push to an audience (study pushes, job pushes): the county-wide roles anywhere; a
 * secretary only to some of his own branches (the county, cities and village groups cross branches).
 */
export function canPushTo(caller: Caller, audience: PushAudience): boolean {
  if (isCountyWide(caller)) return true;
  return audience.scope === 'branches' && audience.branchIds.every((id) => runsBranch(caller, id));
}

/**
 * Directs the organisers' work on a member (assigns his care cases, pairs him with a cadre): the
 * county 组织部 and his branch's secretary; not sysadmin, not a village cadre.
 */
export const supervisesMember = (caller: Caller, member: Pick<MemberPlacement, 'branchId'>): boolean =>
  hasRole(caller, 'county') || secretaryBranchIds(caller).includes(member.branchId);

/**
 * Manages = may see unmasked personal data and edit organiser fields. The county 组织部, the
 * secretary of the member's branch and the cadre of his home village group do; sysadmin does not.
 */
export function canManageMember(caller: Caller, member: Pick<MemberPlacement, 'branchId' | 'groupId'>): boolean {
  return caller.grants.some(
    (g) =>
      g.role === 'county' ||
      (g.role === 'secretary' && g.branchId === member.branchId) ||
      (g.role === 'cadre' && g.groupId === member.groupId),
  );
}

export const isSelf = (caller: Caller, member: MemberPlacement): boolean => caller.memberId === member._id;

/**
 * Two-way co-management (双向共管): the agreements through which an inflow organiser reaches this
 * member (his inflow grants ∩ the member's `agreementIds`). This is not management: he sees and
 * changes only the agreed fields (src/domain/agreement/co-manage.rules.ts), and only while the
 * agreement is active, which the handler checks on the agreement itself.
 */
export function coManagingAgreementIds(caller: Caller, member: { _id: string; agreementIds?: string[] }): string[] {
  const covering = member.agreementIds ?? [];
  return caller.grants.flatMap((g) => (g.role === 'inflow' && covering.includes(g.agreementId) ? [g.agreementId] : []));
}

export const coManages = (caller: Caller, member: { _id: string; agreementIds?: string[] }): boolean => coManagingAgreementIds(caller, member).length > 0;

/** Holds only inflow grants: an organiser of another organisation, who gets none of our organiser tools. */
export const onlyInflow = (caller: Caller): boolean => caller.grants.length > 0 && caller.grants.every((g) => g.role === 'inflow');

/** Holds a grant of ours (sysadmin included): an organiser of this organisation, not only of an inflow one. */
export const isOurOrganiser = (caller: Caller): boolean => caller.grants.some((g) => g.role !== 'inflow');

/** Our own people: joined members and our organisers; not a WeChat user who never joined, nor an inflow organiser (双向共管). */
export const isInsider = (caller: Caller): boolean => caller.memberId !== null || isOurOrganiser(caller);

/** Covers members somewhere (organiser tools on members: visits, pairings, nominations): a county, secretary or cadre grant; not sysadmin, not inflow. */
export const coversMembers = (caller: Caller): boolean => caller.grants.some((g) => g.role === 'county' || g.role === 'secretary' || g.role === 'cadre');

/** The agreements a caller works under as an inflow organiser. */
export const inflowAgreementIds = (caller: Caller): string[] => caller.grants.flatMap((g) => (g.role === 'inflow' ? [g.agreementId] : []));

/** Read = self, a manager, or sysadmin (who sees masked data only). */
export const canReadMember = (caller: Caller, member: MemberPlacement): boolean =>
  isSelf(caller, member) || canManageMember(caller, member) || hasRole(caller, 'sysadmin');

/**
 * The ledger scope a caller may list. `null` = not allowed to list at all; `all` = county-wide;
 * otherwise the branches and groups he covers (a filter must stay inside them).
 */
export type ListScope = { all: true } | { all: false; branchIds: string[]; groupIds: string[] } | null;

export function listScope(caller: Caller): ListScope {
  if (isCountyWide(caller)) return { all: true };
  const branchIds = secretaryBranchIds(caller);
  const groupIds = cadreGroupIds(caller);
  return branchIds.length || groupIds.length ? { all: false, branchIds, groupIds } : null;
}

/**
 * What a list request may see, given the caller's scope and the placement filters he asked for.
 * `null` = forbidden (not a lister, or a branch/group filter outside his scope). `unrestricted` =
 * the filters themselves already keep the result inside his scope; otherwise the query must also
 * match one of `branchIds` / `groupIds`.
 */
export type ListConstraint = { unrestricted: true } | { unrestricted: false; branchIds: string[]; groupIds: string[] } | null;

export function constrainList(scope: ListScope, filter: { branchId?: string; groupId?: string }): ListConstraint {
  if (!scope) return null;
  if (scope.all) return { unrestricted: true };
  const ownBranch = filter.branchId !== undefined && scope.branchIds.includes(filter.branchId);
  const ownGroup = filter.groupId !== undefined && scope.groupIds.includes(filter.groupId);
  if (ownBranch || ownGroup) return { unrestricted: true };
  if (filter.branchId !== undefined) return null;
  // A group outside his cadre groups: a secretary may still see its members within his branches.
  if (filter.groupId !== undefined) return scope.branchIds.length ? { unrestricted: false, branchIds: scope.branchIds, groupIds: [] } : null;
  return { unrestricted: false, branchIds: scope.branchIds, groupIds: scope.groupIds };
}
