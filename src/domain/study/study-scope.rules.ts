import type { ListScope } from '../auth/scope.rules';
import type { Audience, StudyPush } from './study.schema';

export type UnitKind = 'branch' | 'group';

/** Whether a push's audience includes the branch or group `id`. */
export function audienceTargets(audience: Audience, kind: UnitKind, id: string): boolean {
  if (audience.scope === 'county') return true;
  if (kind === 'branch') return audience.scope === 'branches' && audience.branchIds.includes(id);
  return audience.scope === 'groups' && audience.groupIds.includes(id);
}

/**
 * Whether a push concerns an organiser with ledger scope `scope` (auth/scope.rules listScope): it
 * targets one of his branches or groups (a county-wide push targets them all), or he published it.
 */
export function pushConcerns(scope: ListScope, push: Pick<StudyPush, 'audience' | 'publisherOpenid'>, openid: string): boolean {
  if (!scope) return false;
  if (scope.all || push.publisherOpenid === openid) return true;
  return scope.branchIds.some((id) => audienceTargets(push.audience, 'branch', id)) || scope.groupIds.some((id) => audienceTargets(push.audience, 'group', id));
}
