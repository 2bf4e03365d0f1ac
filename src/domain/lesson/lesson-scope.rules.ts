import { hasRole, type Caller } from '../auth/grant';
import { secretaryBranchIds, supervisesMember } from '../auth/scope.rules';
import type { Lesson } from './lesson.schema';

/** Reviewing (and publishing) a lesson: the county 组织部 and the secretary of the author's branch. */
export const canReviewLesson = (caller: Caller, lesson: Pick<Lesson, 'branchId'>): boolean => supervisesMember(caller, lesson);

/**
 * The branches whose lessons the caller reviews: null = every branch (the county), [] = none.
 * A branch filter outside them is refused (undefined answer).
 */
export function reviewBranches(caller: Caller, branchId?: string): string[] | null | undefined {
  if (hasRole(caller, 'county')) return branchId ? [branchId] : null;
  const own = secretaryBranchIds(caller);
  if (branchId) return own.includes(branchId) ? [branchId] : undefined;
  return own.length ? own : undefined;
}
