import type { ActionOutputs } from '@/contracts';
import { constrainList, inflowAgreementIds, listScope } from '@/domain/auth/scope.rules';
import { viewForCaller } from '@/domain/member/mask.rules';
import type { MemberListInput } from '@/domain/member/member.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { memberQueryFor, queryMembers } from '@shared/repos/members.repo';
import { listCoManaged } from '../agreement/list-co-managed';
import { pageOf } from '../page';

export const DEFAULT_PAGE = 20;

/**
 * The ledger, newest first, one request per page: `_id` is time-sortable, the cursor is the last
 * `_id` of the previous page, and one extra record tells whether another page exists.
 */
export async function listMembersHandler(input: MemberListInput, { caller }: Ctx): Promise<ActionOutputs['member.list']> {
  const constraint = constrainList(listScope(caller), input);
  const limit = input.limit ?? DEFAULT_PAGE;
  // An inflow organiser (双向共管) lists only his agreement's members, in the agreement's view.
  if (!constraint && input.agreementId && inflowAgreementIds(caller).includes(input.agreementId)) return listCoManaged({ ...input, agreementId: input.agreementId }, limit);
  if (!constraint) throw forbidden('无权查看该范围的党员');
  const rows = await queryMembers(memberQueryFor(input, constraint, input.cursor), limit + 1);
  return pageOf(rows, limit, (m) => viewForCaller(caller, m));
}
