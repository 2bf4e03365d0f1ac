import { call } from '@/services/cloud';
import { useRotatingCode } from '../shared/use-rotating-code';
import { SiteQr } from './site-qr';

/**
 * The secretary's screen: the on-site code changes every 30 s, so a photo forwarded to someone
 * away from the meeting is refused a minute later at most.
 */
export function RotatingSiteQr({ occurrenceId, first }: { occurrenceId: string; first: { code: string; refreshAt: number } }) {
  const site = useRotatingCode(
    first,
    async () => {
      const a = await call('themeday.attendance', { occurrenceId });
      return a.occurrence ? { code: a.occurrence.siteCode, refreshAt: a.occurrence.siteCodeRefreshAt } : null;
    },
    occurrenceId,
  );
  return <SiteQr code={site.code} />;
}
