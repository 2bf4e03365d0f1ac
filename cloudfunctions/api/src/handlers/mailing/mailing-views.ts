import type { MailBatchView, MailItemView } from '@/contracts/mailing';
import type { Caller } from '@/domain/auth/grant';
import type { MailBatch, MailItem } from '@/domain/mailing/mailing.schema';
import { maskAddress, seesInFull } from '@/domain/member/mask.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';

export function batchView(batch: MailBatch): MailBatchView {
  const { byOpenid: _openid, ...rest } = batch;
  return rest;
}

/** A recipient row with its address as phones are shown (docs/who-sees-what.md). */
export function itemView(caller: Caller, item: MailItem): MailItemView {
  const full = seesInFull(caller, { _id: item.memberId, branchId: item.branchId, groupId: item.groupId });
  return { ...item, address: full ? item.address : maskAddress(item.address), masked: !full };
}

export const batchNotFound = () => new AppError(ErrorCodes.MAILING_NOT_FOUND, '寄送批次不存在');
