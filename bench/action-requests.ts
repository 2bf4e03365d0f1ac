import type { LocalCloud } from '../localcloud/server';
import { functionOf } from '../src/contracts/functions';

/** One call to measure: who calls which action with what (e.g. a row of the security suite's case table). */
export interface ActionCase {
  action: string;
  openid: string;
  payload?: unknown;
  /** Shown instead of the action when one action is measured in several situations. */
  label?: string;
}

export interface ActionCost {
  label: string;
  /** Database requests the call made, as the local cloud's /admin endpoint counted them. */
  requests: number;
  /** The answer's error code when the call was refused (a refusal's cost is a figure too). */
  code: string | null;
}

/**
 * The hook for "database requests per action for every action": runs the cases one after the
 * other on `lc` (already seeded; nothing else may run on it meanwhile) and answers each call's
 * request count. Refusals are measured, not thrown; the caller decides what a refusal means.
 */
export async function measureActionRequests(lc: LocalCloud, cases: ActionCase[]): Promise<ActionCost[]> {
  const out: ActionCost[] = [];
  for (const c of cases) {
    lc.stats.reset();
    const res = (await lc.invoke(functionOf(c.action), { action: c.action, payload: c.payload ?? {} }, { openid: c.openid })) as { ok: boolean; error?: { code: string } };
    out.push({ label: c.label ?? c.action, requests: lc.stats.dbRequests, code: res.ok ? null : res.error?.code ?? 'UNKNOWN' });
  }
  return out;
}
