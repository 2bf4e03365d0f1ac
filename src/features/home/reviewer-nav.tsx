import type { MeView } from '@/contracts';
import { isOrganizer } from '../shared/caller-of-me';
import { NavGrid } from './nav-grid';

/**
 * The way to the scoring page for a reviewer who holds no organiser role (a 党员代表 named in a
 * round): organisers already have 述职评议 among their tiles.
 */
export function ReviewerNav({ me, counts }: { me: MeView; counts?: Record<string, number> }) {
  return me.reviewing && !isOrganizer(me) ? <NavGrid title="述职评议" sections={[{ entries: [{ label: '评议打分', url: '/pages/eval-rounds/index' }] }]} counts={counts} /> : null;
}
