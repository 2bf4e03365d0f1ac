import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { cadreGroupIds, canManageMember, isCountyWide, runsBranch, secretaryBranchIds } from '../auth/scope.rules';
import { dashboardUnit } from '../stats/dashboard-scope.rules';

/**
 * Who answers a suggestion: those who manage its author's placement (the county 组织部, the
 * secretary of the author's branch, the cadre of the village it is for). sysadmin administers the
 * system and does not answer members.
 */
export const canHandleSuggestion = (caller: Caller, s: { branchId: string; groupId: string }): boolean => canManageMember(caller, s);

/** The suggestion queue a caller sees: all, or those of his branches ∪ his villages; null = none. */
export type SuggestionScope = { all: true } | { all: false; branchIds: string[]; groupIds: string[] } | null;

export function suggestionScope(caller: Caller): SuggestionScope {
  if (hasRole(caller, 'county')) return { all: true };
  const branchIds = secretaryBranchIds(caller);
  const groupIds = cadreGroupIds(caller);
  return branchIds.length || groupIds.length ? { all: false, branchIds, groupIds } : null;
}

/**
 * Return-home projects: the county-wide roles manage all (branchId null = followed by the county
 * itself); a secretary those followed by one of his branches.
 */
export const canManageProject = (caller: Caller, p: { branchId: string | null }): boolean =>
  p.branchId === null ? isCountyWide(caller) : runsBranch(caller, p.branchId);

/** Talent stations are kept by the county 组织部 (and sysadmin). */
export const canManageStations = (caller: Caller): boolean => isCountyWide(caller);

/**
 * The head's personal phone of a named (non-member) station head: in full for the county, who
 * keeps the stations; masked for everyone else (members reach a station through its `contact`).
 */
export const seesNamedHeadPhone = (caller: Caller): boolean => hasRole(caller, 'county');

/**
 * The dashboard unit a caller may read hometown figures for: the county-wide roles any unit, a
 * secretary his branches, a cadre his village groups (the dashboard's rule). Unlike the dashboard,
 * no unit means the county itself, never a default to his own unit.
 */
export function canReadHometownUnit(caller: Caller, unit: { branchId?: string; groupId?: string }): boolean {
  if (!unit.branchId && !unit.groupId) return isCountyWide(caller);
  return dashboardUnit(caller, unit) !== null;
}
