import type { CardOutputs } from '@/contracts/card';
import { supervisesMember } from '@/domain/auth/scope.rules';
import { cardRecordRefusal } from '@/domain/card/card.rules';
import type { CardEvent, CardRecordInput } from '@/domain/card/card.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Member } from '@/domain/member/member.schema';
import { inTransaction } from '@shared/platform/cloud';
import { isDuplicateKey } from '@shared/platform/db-errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertCardEvent } from '../../repos/cards.repo';
import { getMember, insertChangeBy, patchMember } from '@shared/repos/members.repo';
import { editableRecord, existingMember } from '@shared/auth/guards';
import { cardEventView, currentCard } from './card-views';

/**
 * Adds an issue, renewal or 年审 record to a member's 活动证. An issue or renewal also moves the
 * card on his record (number and date: what the ledger, its export and the reminders read), with a
 * history entry like any edit; all in one transaction on his own record, so a refused or failed
 * call changes nothing. A 年审's `_id` is member_check_year: a second check of a year collides.
 */
export async function recordCardHandler(input: CardRecordInput, { caller, now }: Ctx): Promise<CardOutputs['card.record']> {
  const kindLabel = { issue: '发证', renew: '换证续期', check: '年审' }[input.kind];
  try {
    return await inTransaction(async (tx) => {
      const member = editableRecord(existingMember(await getMember(input.memberId, tx)));
      if (!supervisesMember(caller, member)) throw forbidden('只有县委组织部和该党员所在支部的书记可办理活动证');
      const refusal = cardRecordRefusal(input, member.activityCardExpiry ?? null, now);
      if (refusal) throw new AppError(ErrorCodes.CARD_RECORD_INVALID, `${kindLabel}：${refusal}`);

      const cardNo = input.kind === 'check' ? (member.activityCardNo ?? null) : (input.cardNo ?? member.activityCardNo ?? null);
      const event: CardEvent = {
        _id: input.kind === 'check' ? `${member._id}_check_${input.year}` : newId(now),
        memberId: member._id,
        branchId: member.branchId,
        kind: input.kind,
        day: input.day,
        cardNo,
        validUntil: input.kind === 'check' ? (member.activityCardExpiry ?? null) : input.validUntil,
        year: input.kind === 'check' ? input.year : null,
        passed: input.kind === 'check' ? input.passed : null,
        note: input.note || null,
        byOpenid: caller.openid,
        byName: caller.name ?? '',
        at: now,
      };
      await insertCardEvent(tx, event);
      let after: Member = member;
      if (input.kind !== 'check') {
        const patch: Pick<Member, 'activityCardNo' | 'activityCardExpiry'> = { ...(cardNo ? { activityCardNo: cardNo } : {}), activityCardExpiry: input.validUntil };
        const changes = (['activityCardNo', 'activityCardExpiry'] as const)
          .filter((f) => patch[f] !== undefined && patch[f] !== member[f])
          .map((f) => ({ field: f, from: member[f] ?? null, to: patch[f] }));
        await patchMember(tx, member._id, { ...patch, updatedAt: now });
        await insertChangeBy(tx, caller, member._id, now, { note: `活动证${kindLabel}`, changes });
        after = { ...member, ...patch };
      }
      return { event: cardEventView(event), card: currentCard(after, now) };
    });
  } catch (err) {
    if (input.kind === 'check' && isDuplicateKey(err)) throw new AppError(ErrorCodes.CARD_CHECK_EXISTS, `该党员 ${input.year} 年度的活动证年审已登记`);
    throw err;
  }
}
