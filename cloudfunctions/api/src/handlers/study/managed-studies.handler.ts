import type { ActionOutputs } from '@/contracts';
import { isCountyWide, secretaryBranchIds } from '@/domain/auth/scope.rules';
import { forbidden } from '@/domain/shared/errors';
import { canManagePush } from '@/domain/study/push-status.rules';
import type { Ctx } from '@shared/dispatch/context';
import { queryManagedPushes, toAnyOfBranches } from '../../repos/studies.repo';
import { managedView } from './study-views';

const DEFAULT_PAGE = 20;

/**
 * The pushes the caller manages, newest first, scheduled, live, closed and withdrawn alike, each
 * with its check-in count. The county-wide roles manage every push; a secretary those aimed only at
 * his branches: the query finds the pushes to any of them and the rule drops one that also reaches
 * another branch (a page may then hold fewer than `limit`; the cursor still moves on).
 */
export async function managedStudiesHandler(input: { cursor?: string; limit?: number }, { caller, now }: Ctx): Promise<ActionOutputs['study.managed']> {
  const countyWide = isCountyWide(caller);
  const own = secretaryBranchIds(caller);
  if (!countyWide && !own.length) throw forbidden('仅县委组织部和支部书记可管理学习推送');
  const limit = input.limit ?? DEFAULT_PAGE;
  const where = countyWide ? null : toAnyOfBranches(own);
  const rows = await queryManagedPushes(where, input.cursor || undefined, limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.filter((p) => canManagePush(caller, p)).map((p) => managedView(p, now)),
    nextCursor: rows.length > limit ? page[page.length - 1]._id : null,
  };
}
