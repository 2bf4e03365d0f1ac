import type { Caller } from '../auth/grant';
import { canManageMember, supervisesMember } from '../auth/scope.rules';
import { mediationKinds, STEPS_MAX, type MediationKind, type MediationOutcome } from './mediation.constants';
import type { MediationCase, MediationStep } from './mediation.schema';

type Placed = Pick<MediationCase, 'branchId' | 'groupId'>;

/** Opening a case and reading it: organisers who cover the member (the member brings it to them). */
export const canOpenFor = (caller: Caller, member: Placed): boolean => canManageMember(caller, member);
export const canReadMediation = canOpenFor;

/** A handler must cover the member too (he needs the phone and the member's trust). */
export const canHandle = canManageMember;

/** Steps and closing: the named handler while he still covers the member, or who supervises the member. */
export const canStep = (caller: Caller, c: Placed & Pick<MediationCase, 'handler'>): boolean =>
  (c.handler.openid === caller.openid && canManageMember(caller, c)) || supervisesMember(caller, c);

export type StepRefusal = 'closed' | 'full';

/** A step (or the closing step) on an open case. */
export function addStep(c: Pick<MediationCase, 'state' | 'steps'>, step: MediationStep): { ok: true; state: 'open' | 'closed'; outcome: MediationOutcome | null } | { ok: false; reason: StepRefusal } {
  if (c.state === 'closed') return { ok: false, reason: 'closed' };
  if (c.steps.length >= STEPS_MAX) return { ok: false, reason: 'full' };
  return step.outcome ? { ok: true, state: 'closed', outcome: step.outcome } : { ok: true, state: 'open', outcome: null };
}

export type KindCounts = Record<MediationKind, { open: number; closed: number; resolved: number }>;

/** Counts per kind, open and closed (closed split by 已化解), from the cases' kind, state and outcome. */
export function countByKind(rows: readonly Pick<MediationCase, 'kind' | 'state' | 'outcome'>[]): { byKind: KindCounts; open: number; closed: number } {
  const byKind = Object.fromEntries(mediationKinds.map((k) => [k, { open: 0, closed: 0, resolved: 0 }])) as KindCounts;
  for (const r of rows) {
    const c = byKind[r.kind];
    if (!c) continue;
    if (r.state === 'open') c.open++;
    else {
      c.closed++;
      if (r.outcome === 'resolved') c.resolved++;
    }
  }
  const sum = (f: 'open' | 'closed') => mediationKinds.reduce((n, k) => n + byKind[k][f], 0);
  return { byKind, open: sum('open'), closed: sum('closed') };
}
