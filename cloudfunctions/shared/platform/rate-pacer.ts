/**
 * Keeps a job to `perSecond` operations per second on average (a token bucket holding at most one
 * second's worth): `take(n)` waits until n more fit. The fan-out spends its database requests
 * through it so a large branch never takes more than its configured share of the plan's QPS.
 */
export type Pacer = (n?: number) => Promise<void>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createPacer(perSecond: number, clock: () => number = Date.now): Pacer {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return async () => undefined;
  let tokens = perSecond;
  let at = clock();
  return async (n = 1) => {
    for (;;) {
      const now = clock();
      tokens = Math.min(perSecond, tokens + ((now - at) / 1000) * perSecond);
      at = now;
      if (tokens >= n || n > perSecond) {
        tokens -= n;
        return;
      }
      await sleep(Math.ceil(((n - tokens) / perSecond) * 1000));
    }
  };
}
