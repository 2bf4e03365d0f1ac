import { useEffect, useState } from 'react';

/** Fetch a little after the step turns, so the new code is certainly issued. */
const AFTER_TURN_MS = 500;
const STEP_MS = 30_000;

export interface RotatingCode {
  code: string;
  refreshAt: number;
}

/**
 * An on-site sign-in code shown on the organiser's screen: only the function can sign one, so the
 * screen asks `next` for the new code when the current one's 30-second step ends. A failed fetch
 * keeps the code shown and tries again one step later; `null` (nothing to show any more) keeps it too.
 */
export function useRotatingCode(first: RotatingCode, next: () => Promise<RotatingCode | null>, key: string): RotatingCode {
  const [site, setSite] = useState(first);
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(async () => {
      try {
        const got = await next();
        if (alive && got) setSite(got);
      } catch {
        if (alive) setSite((s) => ({ ...s, refreshAt: Date.now() + STEP_MS }));
      }
    }, Math.max(1_000, site.refreshAt - Date.now() + AFTER_TURN_MS));
    return () => {
      alive = false;
      clearTimeout(timer);
    };
    // `next` is a fresh closure each render: the code's owner (`key`) and its step decide the fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `next` changes identity every render; key and step are what matter
  }, [key, site.refreshAt]);
  return site;
}
