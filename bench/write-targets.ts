import type { ActionCost } from './action-requests';

/** The member-facing writes of issue #12's target: at most this many database requests each (transaction start and commit count). */
export const WRITE_TARGET = 3;
export const TARGET_ACTIONS = ['member.join', 'checkin.submit', 'themeday.signin'] as const;

export interface TargetCheck {
  action: string;
  /** Measured by the everyAction section (its legitimate caller, a fresh county); null when it was not measured. */
  requests: number | null;
  limit: number;
  met: boolean;
}

/** Each target action's measured count against the limit; a refusal or a missing figure does not meet it. */
export function checkWriteTargets(costs: ActionCost[], limit = WRITE_TARGET): TargetCheck[] {
  return TARGET_ACTIONS.map((action) => {
    const c = costs.find((x) => x.label === action || x.label.startsWith(`${action} (`));
    return { action, requests: c?.requests ?? null, limit, met: !!c && !c.code && c.requests <= limit };
  });
}
