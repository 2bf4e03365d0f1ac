import type { Caller } from '../auth/grant';
import { hasRole } from '../auth/grant';
import { isCountyWide, runsBranch, secretaryBranchIds } from '../auth/scope.rules';

const cadreGroupIds = (caller: Caller): string[] => caller.grants.flatMap((g) => (g.role === 'cadre' ? [g.groupId] : []));

/**
 * Who answers a suggestion: the county 组织部 (all), the secretary of the author's branch, and the
 * cadre of the village it is for. sysadmin administers the system and does not answer members.
 */
export function canHandleSuggestion(caller: Caller, s: { branchId: string; groupId: string }): boolean {
  return hasRole(caller, 'county') || secretaryBranchIds(caller).includes(s.branchId) || cadreGroupIds(caller).includes(s.groupId);
}

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
  isCountyWide(caller) || (p.branchId !== null && runsBranch(caller, p.branchId));

/** Whether the caller may open the projects pipeline at all. */
export const mayManageProjects = (caller: Caller): boolean => isCountyWide(caller) || secretaryBranchIds(caller).length > 0;

/** Talent stations are kept by the county 组织部 (and sysadmin). */
export const canManageStations = (caller: Caller): boolean => isCountyWide(caller);

/** Stations and jobs are shown to members and our organisers, not to strangers nor to inflow-side organisers (双向共管). */
export const isInsider = (caller: Caller): boolean => caller.memberId !== null || caller.grants.some((g) => g.role !== 'inflow');

/**
 * The head's personal phone of a named (non-member) station head: in full for the county, who
 * keeps the stations; masked for everyone else (members reach a station through its `contact`).
 */
export const seesNamedHeadPhone = (caller: Caller): boolean => hasRole(caller, 'county');

/**
 * The dashboard unit a caller may read hometown figures for: the county-wide roles any unit, a
 * secretary his branches, a cadre his village groups.
 */
export function canReadHometownUnit(caller: Caller, unit: { branchId?: string; groupId?: string }): boolean {
  if (isCountyWide(caller)) return true;
  if (unit.branchId) return runsBranch(caller, unit.branchId);
  if (unit.groupId) return cadreGroupIds(caller).includes(unit.groupId);
  return false;
}
