import type { CardOutputs } from '@/contracts/card';
import { canManageMember, isSelf } from '@/domain/auth/scope.rules';
import type { CardHistoryInput } from '@/domain/card/card.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { cardEventsOf } from '../../repos/cards.repo';
import { getMember } from '@shared/repos/members.repo';
import { existingMember } from '@shared/auth/guards';
import { cardEventView, currentCard, profileEvent } from './card-views';

/** A member's card now and its records, newest first: his own (no memberId), or a member the caller manages. */
export async function cardHistoryHandler(input: CardHistoryInput, { caller, now }: Ctx): Promise<CardOutputs['card.history']> {
  const memberId = input.memberId ?? caller.memberId;
  if (!memberId) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, '请先扫码加入支部后查看活动证');
  const [member, events] = await Promise.all([getMember(memberId), cardEventsOf(memberId)]);
  const m = existingMember(member);
  if (!isSelf(caller, m) && !canManageMember(caller, m)) throw forbidden('无权查看该党员的活动证');
  const views = events.map(cardEventView);
  const legacy = views.length ? null : profileEvent(m);
  return { memberId: m._id, name: m.name, card: currentCard(m, now), events: legacy ? [legacy] : views };
}
