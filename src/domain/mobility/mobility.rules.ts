import type { Caller } from '../auth/grant';
import type { CountedMember } from '../stats/counter.rules';
import { endReasonKeys, endReasons, type EndReason } from './mobility.constants';
import type { MobilityEnd } from './mobility.schema';
import { canManageMember, isSelf, type MemberPlacement } from '../auth/scope.rules';

/**
 * Ending and reopening a member's mobile status: the member himself, or an organiser who manages
 * him (the county, his branch's secretary, his village's cadre). sysadmin and inflow do not.
 */
export const canEndMobility = (caller: Caller, member: MemberPlacement): boolean => isSelf(caller, member) || canManageMember(caller, member);

export const canReopenMobility = canEndMobility;

/** An ended record is read-only: no edits, no moves, no new pairings, until it is reopened. */
export const isEnded = (member: { ended?: boolean }): boolean => member.ended === true;

/** A record as the counters see it: an ended one is counted apart under its reason. */
export const countedOf = <M extends CountedMember & { mobility?: MobilityEnd | null }>(m: M): CountedMember => ({
  branchId: m.branchId,
  groupId: m.groupId,
  city: m.city,
  status: m.status,
  ended: m.ended === true,
  endReasonKey: m.ended && m.mobility ? endReasonKeys[m.mobility.reason] : undefined,
});

/** The dashboard's figure of ended members from a unit's counters: the total and every reason (0 when none). */
export function endedFigure(counters: { endedCount?: number; endedByReason?: Record<string, number> }): { total: number; byReason: Record<EndReason, number> } {
  const byReason = Object.fromEntries(endReasons.map((r) => [r, counters.endedByReason?.[endReasonKeys[r]] ?? 0])) as Record<EndReason, number>;
  return { total: counters.endedCount ?? 0, byReason };
}
