import type { MeView } from '@/contracts';
import { roleLabels } from '@/domain/auth/role-labels';
import { callerOfMe } from '../shared/caller-of-me';
import { NavGrid } from './nav-grid';
import { organizerSections, visibleSections } from './nav-entries';

/** Entry points for branch secretaries, village cadres and the county, grouped by line of work. */
export function OrganizerNav({ me, counts }: { me: MeView; counts?: Record<string, number> }) {
  const roles = [...new Set(me.grants.map((g) => roleLabels[g.role]))].join('、');
  return <NavGrid title="组织工作" sub={roles} sections={visibleSections(organizerSections, callerOfMe(me))} counts={counts} />;
}
