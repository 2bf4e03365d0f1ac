/** A seeded generator (mulberry32): a run's mix of actions can be replayed with the same LOAD_SEED. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)];

/** One of `weights`' keys, chosen in proportion to its weight. */
export function pickWeighted<K extends string>(rnd: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rnd() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1][0];
}

/** Think time: uniform in [0.5, 1.5] × mean, so members do not march in step. */
export const thinkTime = (rnd: () => number, meanMs: number) => meanMs * (0.5 + rnd());

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sleeps a think time of `meanMs`, cut short at the run's deadline so no one outstays it. */
export const thinkUntil = (rnd: () => number, meanMs: number, deadline: number) =>
  sleep(Math.max(0, Math.min(thinkTime(rnd, meanMs), deadline - Date.now())));
