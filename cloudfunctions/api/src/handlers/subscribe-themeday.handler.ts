import type { ActionOutputs } from '@/contracts';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { ThemedaySubscribeInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '../context';
import { addConsent, consentsOf } from '../repos/consents.repo';

/**
 * Records the outcome of wx.requestSubscribeMessage: each 'accept' allows exactly one more send of
 * that template to this user (WeChat's one-time subscription), so it adds one to his balance.
 * Refusals change nothing. Not idempotent by design: every acceptance is a real extra send.
 */
export async function subscribeThemedayHandler(input: ThemedaySubscribeInput, ctx: Ctx): Promise<ActionOutputs['themeday.subscribe']> {
  const { caller, now } = ctx;
  if (!caller.memberId) throw new AppError(ErrorCodes.MEMBER_NOT_JOINED, '请先扫码加入支部');
  const accepted = Object.entries(input.results).filter(([, r]) => r === 'accept').map(([t]) => t);
  await Promise.all(accepted.map((t) => addConsent(caller.openid, caller.memberId, t, now)));
  const consents = await consentsOf(caller.openid);
  return { consents: Object.fromEntries(consents.map((c) => [c.templateId, c.available])) };
}
