import type { Grant } from '../auth/grant';
import { roleLabels } from '../auth/role-labels';
import type { PersonRef } from './care.schema';

/** The grant that makes an organiser cover members, most senior first ('' when he has none). */
export function roleTitle(grants: Grant[]): string {
  for (const role of ['county', 'secretary', 'cadre'] as const) if (grants.some((g) => g.role === role)) return roleLabels[role];
  return '';
}

/**
 * Who took a step, as the timeline shows him. An organiser without a member record may have no
 * name on file: his role stands in, so the member still sees who is handling his case.
 */
export const personRef = (who: { openid: string; name: string | null; grants: Grant[] }): PersonRef => ({
  openid: who.openid,
  name: who.name ?? (roleTitle(who.grants) || null),
});
