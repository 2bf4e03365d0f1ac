import type { ActionOutputs } from '@/contracts';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { reminderTemplates } from '@/domain/themeday/consent.rules';
import type { ThemedaySubscribeInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '@shared/dispatch/context';
import { addConsent, consentsOf, consentSummary, setLongTerm } from '@shared/repos/consents.repo';
import { ownMemberId } from '@shared/auth/guards';

/**
 * Records the outcome of wx.requestSubscribeMessage. For a one-time template each 'accept' allows
 * exactly one more send to this user, so it adds one to his balance (not idempotent by design:
 * every acceptance is a real extra send) and refusals change nothing. For a template configured as
 * long-term (env THEMEDAY_LONGTERM_TEMPLATE_IDS, where the account category allows it) 'accept'
 * turns the subscription on and 'reject' / 'ban' turn it off. Only the configured reminder
 * templates are taken (see reminderTemplates); anything else is refused before any write.
 */
export async function subscribeThemedayHandler(input: ThemedaySubscribeInput, ctx: Ctx): Promise<ActionOutputs['themeday.subscribe']> {
  const { caller, now } = ctx;
  const memberId = ownMemberId(caller);
  const branchId = caller.placement?.branchId ?? null;
  const { known, longTerm } = reminderTemplates(process.env);
  const unknown = Object.keys(input.results).filter((t) => !known.has(t));
  if (unknown.length) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '不是主题党日提醒的订阅模板', unknown.map((t) => ({ path: `results.${t}`, message: '未配置的模板' })));
  }
  await Promise.all(
    Object.entries(input.results).map(([templateId, outcome]) => {
      if (longTerm.has(templateId)) {
        return outcome === 'filter' ? undefined : setLongTerm(caller.openid, memberId, branchId, templateId, outcome === 'accept', now);
      }
      return outcome === 'accept' ? addConsent(caller.openid, memberId, branchId, templateId, now) : undefined;
    }),
  );
  return consentSummary(await consentsOf(caller.openid));
}
