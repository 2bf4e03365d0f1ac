import type { ActionOutputs } from '@/contracts';
import { canReopenMobility, isEnded } from '@/domain/mobility/mobility.rules';
import type { ReopenMobilityInput } from '@/domain/mobility/mobility.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { ownMemberId } from '@shared/auth/guards';
import { changeMobility } from './change-mobility';

/** He left home again: the member or an organiser who manages him reopens the record; it counts and is reminded again. */
export async function reopenMobilityHandler(input: ReopenMobilityInput, { caller, now }: Ctx): Promise<ActionOutputs['member.reopenMobility']> {
  const memberId = input.memberId ?? ownMemberId(caller);
  const member = await changeMobility(memberId, caller, null, `恢复流动党员身份${input.note ? `：${input.note}` : ''}`, (m) => {
    if (!canReopenMobility(caller, m)) throw forbidden('仅本人或管理该党员的组织可恢复流动党员身份');
    if (!isEnded(m)) throw new AppError(ErrorCodes.MEMBER_MOBILITY_ACTIVE, '该党员仍是流动党员，无需恢复');
  }, now);
  return { member };
}
