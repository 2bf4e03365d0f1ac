import type { MeView } from '@/contracts';
import { callerOfMe } from '../shared/caller-of-me';
import { NavGrid } from './nav-grid';
import { memberEntries, visibleTo } from './nav-entries';

/** Services for a joined member (care requests, votes, hometown…); hidden while there are none. */
export function MemberNav({ me, counts }: { me: MeView; counts?: Record<string, number> }) {
  const entries = visibleTo(memberEntries, callerOfMe(me));
  return entries.length ? <NavGrid title="党员服务" sections={[{ entries }]} counts={counts} /> : null;
}
