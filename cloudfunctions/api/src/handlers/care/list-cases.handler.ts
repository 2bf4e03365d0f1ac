import type { CareOutputs } from '@/contracts/care';
import type { CareListInput } from '@/domain/care/care.schema';
import type { Ctx } from '@shared/dispatch/context';
import { queryCases, type CaseQuery } from '../../repos/cases.repo';
import { membersByIds } from '@shared/repos/members.repo';
import { unitsOf } from '@shared/repos/query';
import { ownMemberId, requireListConstraint } from '@shared/auth/guards';
import { pageOf } from '../page';
import { caseView } from './care-views';

/**
 * `mine`: the caller's own cases (member view). Otherwise the organiser queue: county-wide roles see
 * all, a secretary his branches, a cadre his village groups (the ledger's rule, constrainList);
 * `assignedToMe` narrows that to his own work. Newest first, keyset cursor on `_id`.
 */
export async function listCasesHandler(input: CareListInput, ctx: Ctx): Promise<CareOutputs['care.list']> {
  const { caller } = ctx;
  const limit = input.limit ?? 20;
  const query: CaseQuery = { state: input.state, kind: input.kind, before: input.cursor };
  if (input.mine) {
    query.memberId = ownMemberId(caller);
  } else {
    const constraint = requireListConstraint(caller, { branchId: input.branchId, groupId: input.groupId }, '无权查看这些求助');
    Object.assign(query, { branchId: input.branchId, groupId: input.groupId, within: unitsOf(constraint) });
    // His own work, still inside his scope: a revoked grant takes the cases given to him with it.
    if (input.assignedToMe) query.assigneeOpenid = caller.openid;
  }
  const page = await queryCases(query, limit + 1);
  const shown = page.slice(0, limit);
  const members = new Map((await membersByIds([...new Set(shown.map((c) => c.memberId))])).map((m) => [m._id, m]));
  return pageOf(page, limit, (c) => caseView(caller, c, members.get(c.memberId) ?? null));
}
