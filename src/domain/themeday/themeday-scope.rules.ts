import type { Caller } from '../auth/grant';
import { isCountyWide, runsBranch, secretaryBranchIds } from '../auth/scope.rules';

/** A branch's rule, additions and attendance belong to its secretary and to the county-wide roles. */
export const canManageThemeday = (caller: Caller, branchId: string): boolean => runsBranch(caller, branchId);

/** The branches whose monthly attendance a caller may see: all, his secretary branches, or none (null). */
export function attendanceScope(caller: Caller): { all: true } | { all: false; branchIds: string[] } | null {
  if (isCountyWide(caller)) return { all: true };
  const branchIds = secretaryBranchIds(caller);
  return branchIds.length ? { all: false, branchIds } : null;
}
