import type { CardOutputs } from '@/contracts/card';
import { hasRole } from '@/domain/auth/grant';
import { secretaryBranchIds } from '@/domain/auth/scope.rules';
import { expiringBound } from '@/domain/card/card.rules';
import type { CardListInput } from '@/domain/card/card.schema';
import { dayOf } from '@/domain/shared/day.rules';
import { forbidden } from '@/domain/shared/errors';
import { _ } from '@shared/platform/cloud';
import type { Ctx } from '@shared/dispatch/context';
import { queryCardHolders } from '../../repos/cards.repo';
import { pageOf } from '../page';
import { currentCard } from './card-views';

const DEFAULT_LIMIT = 20;

/**
 * Lapsed cards (default) or cards lapsing within 30 days, of active members: the county's for the
 * 组织部, one of his branches' for a secretary. A page newest record first.
 */
export async function cardListHandler(input: CardListInput, { caller, now }: Ctx): Promise<CardOutputs['card.list']> {
  const county = hasRole(caller, 'county');
  const own = secretaryBranchIds(caller);
  if (!county && !own.length) throw forbidden('仅县委组织部和支部书记可查看活动证到期情况');
  if (input.branchId && !county && !own.includes(input.branchId)) throw forbidden('该支部不在您的管理范围内');
  const units = input.branchId ? { branchId: input.branchId } : county ? null : { branchId: _.in(own) };
  const today = dayOf(now);
  const dates = (input.state ?? 'expired') === 'expired' ? { activityCardExpiry: _.lt(today) } : { activityCardExpiry: _.gte(today).and(_.lte(expiringBound(now))) };
  const limit = input.limit ?? DEFAULT_LIMIT;
  const rows = await queryCardHolders([units, dates, { ended: _.neq(true) }], input.cursor, limit + 1);
  return pageOf(rows, limit, (m) => ({ memberId: m._id, name: m.name, branchId: m.branchId, groupId: m.groupId, ...currentCard(m, now) }));
}
