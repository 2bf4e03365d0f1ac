import { useEffect, useState } from 'react';
import { call } from '@/services/cloud';
import { SiteQr } from './site-qr';

/** Fetch a little after the step turns, so the new code is certainly issued. */
const AFTER_TURN_MS = 500;

/**
 * The secretary's screen: the on-site code changes every 30 s (only the function can sign one), so
 * the screen fetches the next code when the current one's step ends. A photo forwarded to someone
 * away from the meeting is refused a minute later at most.
 */
export function RotatingSiteQr({ occurrenceId, first }: { occurrenceId: string; first: { code: string; refreshAt: number } }) {
  const [site, setSite] = useState(first);
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(async () => {
      try {
        const a = await call('themeday.attendance', { occurrenceId });
        if (alive && a.occurrence) setSite({ code: a.occurrence.siteCode, refreshAt: a.occurrence.siteCodeRefreshAt });
      } catch {
        // Keep the code shown; the next render retries in one step.
        if (alive) setSite((s) => ({ ...s, refreshAt: Date.now() + 30_000 }));
      }
    }, Math.max(1_000, site.refreshAt - Date.now() + AFTER_TURN_MS));
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [occurrenceId, site.refreshAt]);
  return <SiteQr code={site.code} />;
}
