import type { Caller, Placement } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { canManageMember, canReadMember, secretaryBranchIds, type MemberPlacement } from '../auth/scope.rules';
import type { Activity } from './activity.schema';

/**
 * Who may do what with activities. An activity belongs to its branches: the county 组织部 holds one
 * for any branches, a secretary for his own (all of them: one foreign branch refuses the whole).
 * Running it afterwards (the on-site code, who came, summary, hours) is for the county and for a
 * secretary of every branch it is for: a joint activity's attendees include other branches'
 * members. sysadmin administers the system, not the organisations' work: none of it.
 */
export const canHoldFor = (caller: Caller, branchIds: readonly string[]): boolean =>
  hasRole(caller, 'county') || (branchIds.length > 0 && branchIds.every((id) => secretaryBranchIds(caller).includes(id)));

export const canRunActivity = (caller: Caller, a: Pick<Activity, 'branchIds'>): boolean => canHoldFor(caller, a.branchIds);

/**
 * Follows it without running it: a secretary of one of a joint activity's branches sees it in his
 * list and may open it (its facts and summary), not its attendees or code.
 */
export const followsActivity = (caller: Caller, a: Pick<Activity, 'branchIds'>): boolean => canRunActivity(caller, a) || a.branchIds.some((id) => secretaryBranchIds(caller).includes(id));

/** Holds activities somewhere: the county and any secretary (the organiser page and tile). */
export const holdsActivities = (caller: Caller): boolean => hasRole(caller, 'county') || secretaryBranchIds(caller).length > 0;

/** A member takes part in the activities of his own branch (and only while his mobile status runs). */
export const isForMember = (a: Pick<Activity, 'branchIds'>, placement: Placement | null): boolean => placement !== null && !placement.ended && a.branchIds.includes(placement.branchId);

/** A member's activity record (一人一档): himself, those who manage him, sysadmin (who reads masked records). */
export const canReadRecordOf = (caller: Caller, member: MemberPlacement): boolean => canReadMember(caller, member);

/** Hours go to members the caller manages, inside an activity he runs. */
export const canGiveHoursTo = (caller: Caller, a: Pick<Activity, 'branchIds'>, member: Pick<MemberPlacement, 'branchId' | 'groupId'>): boolean =>
  canRunActivity(caller, a) && canManageMember(caller, member);
