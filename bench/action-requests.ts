/**
 * Database requests per action, for every action of the contracts: each area's security cases name
 * a legitimate caller and payload in a seeded county (tests/security), so the bench calls each once
 * as that caller and counts. Actions run in table order on one county per area; an action the
 * seeded state refuses (admin.bootstrap of a bootstrapped county) is reported with its code.
 */
import { startTestCloud } from '../tests/functions/helpers/cloud';
import { areas } from '../tests/security/areas';
import { openids, seedWorld } from '../tests/security/world';

export interface ActionCost {
  action: string;
  caller: string;
  requests: number;
  /** 'OK' or the error code the seeded state gave. */
  outcome: string;
}

export async function measureEveryAction(): Promise<ActionCost[]> {
  const out: ActionCost[] = [];
  for (const area of areas) {
    const tc = await startTestCloud();
    try {
      const w = await seedWorld(tc);
      const f = area.seed ? await area.seed(tc, w) : undefined;
      for (const [action, c] of Object.entries(area.cases)) {
        if (!c) continue;
        let outcome = 'OK';
        const requests = await tc.requests(async () => {
          const r = await tc.call(openids[c.as], action, c.valid(w, f));
          if (!r.ok) outcome = r.error.code;
        });
        out.push({ action, caller: c.as, requests, outcome });
      }
    } finally {
      await tc.dispose();
    }
  }
  return out;
}
