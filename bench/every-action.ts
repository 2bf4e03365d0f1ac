/**
 * Database requests per action, for every action of the contracts: each area's security cases name
 * a legitimate caller and payload in a seeded county (tests/security), so the bench calls each once
 * as that caller and counts. Each action runs on a county of its own, freshly seeded (on a shared
 * one, an earlier unpairing or re-assignment would turn a later action's call into a refusal); an
 * action the seeded state refuses by design (admin.bootstrap of a bootstrapped county) is reported
 * with its code.
 */
import { startTestCloud } from '../tests/functions/helpers/cloud';
import { areas } from '../tests/security/areas';
import { openids, seedWorld } from '../tests/security/world';
import { measureActionRequests, type ActionCost } from './action-requests';

export async function measureEveryAction(): Promise<ActionCost[]> {
  const out: ActionCost[] = [];
  for (const area of areas) {
    for (const [action, c] of Object.entries(area.cases)) {
      const tc = await startTestCloud();
      try {
        const w = await seedWorld(tc);
        const f = area.seed ? await area.seed(tc, w) : undefined;
        out.push(...(await measureActionRequests(tc.lc, [{ action, openid: openids[c!.as], payload: c!.valid(w, f), label: `${action} (${c!.as})` }])));
      } finally {
        await tc.dispose();
      }
    }
  }
  return out;
}
