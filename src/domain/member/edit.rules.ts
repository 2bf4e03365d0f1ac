import type { Caller } from '../auth/grant';
import { canManageMember, isSelf, type MemberPlacement } from '../auth/scope.rules';
import { organizerOnlyFields } from './member.schema';

/** The organiser-only fields (status, tags, placement) among the requested changes. */
export const organizerFieldsIn = (changes: Record<string, unknown>): string[] =>
  Object.keys(changes).filter((k) => (organizerOnlyFields as string[]).includes(k));

/**
 * Who may apply `changes` to `member`: a manager may edit everything, and when he moves the
 * member he must still manage him at the destination (a secretary cannot push a member into a
 * branch he does not run); the member himself may edit only his own profile fields. Everybody
 * else, sysadmin included, may not edit.
 */
export function canEditMember(caller: Caller, member: MemberPlacement, changes: Record<string, unknown>): boolean {
  if (canManageMember(caller, member)) {
    const after: MemberPlacement = {
      _id: member._id,
      branchId: (changes.branchId as string | undefined) ?? member.branchId,
      groupId: (changes.groupId as string | undefined) ?? member.groupId,
    };
    return canManageMember(caller, after);
  }
  return isSelf(caller, member) && organizerFieldsIn(changes).length === 0;
}
