import type { ActionOutputs } from '@/contracts';
import { constrainList, listScope } from '@/domain/auth/scope.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import type { MemberListInput } from '@/domain/member/member.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '../context';
import { queryMembers } from '../repos/members.repo';

export const DEFAULT_PAGE = 20;

/**
 * The ledger, newest first, one request per page: `_id` is time-sortable, the cursor is the last
 * `_id` of the previous page, and one extra record tells whether another page exists.
 */
export async function listMembersHandler(input: MemberListInput, { caller }: Ctx): Promise<ActionOutputs['member.list']> {
  const constraint = constrainList(listScope(caller), input);
  if (!constraint) throw forbidden('无权查看该范围的党员');
  const limit = input.limit ?? DEFAULT_PAGE;
  const rows = await queryMembers(
    {
      branchId: input.branchId,
      groupId: input.groupId,
      city: input.city,
      status: input.status,
      tag: input.tag,
      q: input.q || undefined,
      within: constraint.unrestricted ? undefined : { branchIds: constraint.branchIds, groupIds: constraint.groupIds },
      before: input.cursor || undefined,
    },
    limit + 1,
  );
  const items = rows.slice(0, limit);
  return {
    items: items.map((m) => viewForCaller(caller, m)),
    nextCursor: rows.length > limit ? items[items.length - 1]._id : null,
  };
}
