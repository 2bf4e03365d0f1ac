import type { Caller } from '../auth/grant';
import { canManageMember, isSelf, type MemberPlacement } from '../auth/scope.rules';
import { organizerOnlyFields } from './member.schema';

/** The organiser-only fields (status, tags, placement) among the requested changes. */
export const organizerFieldsIn = (changes: Record<string, unknown>): string[] =>
  Object.keys(changes).filter((k) => (organizerOnlyFields as string[]).includes(k));

/** Where a member sits is not an edit: he moves only by a transfer (src/domain/transfer/transfer.rules.ts). */
export const placementFieldsIn = (changes: Record<string, unknown>): string[] => Object.keys(changes).filter((k) => k === 'branchId' || k === 'groupId');

/**
 * Who may apply `changes` to `member`: a manager may edit every field but his placement; the
 * member himself may edit only his own profile fields. Everybody else, sysadmin included, may not
 * edit, and nobody moves a member by editing him (a village cadre could otherwise move anyone,
 * himself included, into any branch).
 */
export function canEditMember(caller: Caller, member: MemberPlacement, changes: Record<string, unknown>): boolean {
  if (placementFieldsIn(changes).length) return false;
  if (canManageMember(caller, member)) return true;
  return isSelf(caller, member) && organizerFieldsIn(changes).length === 0;
}
