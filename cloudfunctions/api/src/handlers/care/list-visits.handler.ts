import type { CareOutputs } from '@/contracts/care';
import { hasRole } from '@/domain/auth/grant';
import { canManageMember } from '@/domain/auth/scope.rules';
import type { VisitListInput } from '@/domain/care/care.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { getMember } from '@shared/repos/members.repo';
import { unitsOf } from '@shared/repos/query';
import { queryVisits, type VisitQuery } from '../../repos/visits.repo';
import { existingMember, requireListConstraint } from '@shared/auth/guards';
import { visitView } from './care-views';

const CURSOR = /^(\d{4}-\d{2}-\d{2})\.([A-Za-z0-9_-]{1,64})$/;

/**
 * Family visits, newest visit day first. Organisers only, within their ledger scope (constrainList);
 * one family's visits (`memberId`) for anyone who manages him (or sysadmin). Who logged a visit is
 * named by openid only to the family's organisers (visitView).
 */
export async function listVisitsHandler(input: VisitListInput, ctx: Ctx): Promise<CareOutputs['visit.list']> {
  const { caller } = ctx;
  const limit = input.limit ?? 20;
  const query: VisitQuery = { year: input.year, branchId: input.branchId, groupId: input.groupId };
  if (input.memberId) {
    const member = existingMember(await getMember(input.memberId));
    // His family's visits are organisers' records: for those who manage him (and sysadmin), not for
    // the member himself — even when he is an organiser elsewhere.
    if (!canManageMember(caller, member) && !hasRole(caller, 'sysadmin')) throw forbidden('无权查看该家庭的走访记录');
    query.memberId = member._id;
  } else {
    const constraint = requireListConstraint(caller, { branchId: input.branchId, groupId: input.groupId }, '无权查看这些走访记录');
    query.within = unitsOf(constraint);
  }
  if (input.cursor) {
    const m = CURSOR.exec(input.cursor);
    if (!m) throw new AppError(ErrorCodes.INPUT_INVALID, '分页参数不正确', [{ path: 'cursor', message: '分页参数不正确' }]);
    query.after = { day: m[1], id: m[2] };
  }
  const page = await queryVisits(query, limit + 1);
  const items = page.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map((v) => visitView(caller, v)), nextCursor: page.length > limit ? `${last.day}.${last._id}` : null };
}
