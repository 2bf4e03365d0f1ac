import type { ActionOutputs } from '@/contracts';
import { canEndMobility, isEnded } from '@/domain/mobility/mobility.rules';
import type { EndMobilityInput } from '@/domain/mobility/mobility.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { ownMemberId } from '@shared/auth/guards';
import { changeMobility } from './change-mobility';

/** The member himself or an organiser who manages him ends his mobile status (返乡, 回村任职…) with a reason. */
export async function endMobilityHandler(input: EndMobilityInput, { caller, now }: Ctx): Promise<ActionOutputs['member.endMobility']> {
  const memberId = input.memberId ?? ownMemberId(caller);
  const mobility = { reason: input.reason, note: input.note ?? null, endedAt: now, byName: caller.name ?? '' };
  const member = await changeMobility(memberId, caller, mobility, `结束流动党员身份：${input.reason}${input.note ? `（${input.note}）` : ''}`, (m) => {
    if (!canEndMobility(caller, m)) throw forbidden('仅本人或管理该党员的组织可结束流动党员身份');
    if (isEnded(m)) throw new AppError(ErrorCodes.MEMBER_MOBILITY_ENDED, '该党员的流动党员身份已结束');
    if (m.pendingTransferId) throw new AppError(ErrorCodes.TRANSFER_PENDING, '有一项转接申请待审核，请先撤回或等待处理');
  }, now);
  return { member };
}
