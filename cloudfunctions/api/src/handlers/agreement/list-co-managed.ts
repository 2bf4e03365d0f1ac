import type { ActionOutputs } from '@/contracts';
import { inflowView } from '@/domain/agreement/co-manage.rules';
import type { MemberListInput } from '@/domain/member/member.schema';
import { forbidden } from '@/domain/shared/errors';
import { getAgreement } from '../../repos/agreements.repo';
import { queryMembers } from '@shared/repos/members.repo';
import { pageOf } from '../page';

/**
 * member.list for an inflow organiser: only his agreement's members, newest first, in the
 * agreement's view. Filters on fields he may not see (placement, city, status, tags, text) would
 * reveal them by what they match, so they are refused.
 */
export async function listCoManaged(input: MemberListInput & { agreementId: string }, limit: number): Promise<ActionOutputs['member.list']> {
  const { agreementId, cursor, limit: _pageSize, ...filters } = input;
  if (Object.values(filters).some((v) => v !== undefined && v !== '')) throw forbidden('共管方只能按协议查看党员');
  const agreement = await getAgreement(agreementId);
  if (!agreement || !agreement.active) throw forbidden('该共管协议未生效');
  const rows = await queryMembers({ agreementId, before: cursor || undefined }, limit + 1);
  return pageOf(rows, limit, (m) => inflowView(m, agreement));
}
