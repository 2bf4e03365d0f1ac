import type { ActionOutputs } from '@/contracts';
import { longTermTemplates } from '@/domain/themeday/consent.rules';
import type { ThemedaySubscribeInput } from '@/domain/themeday/themeday.schema';
import type { Ctx } from '../context';
import { addConsent, consentsOf, consentSummary, setLongTerm } from '../repos/consents.repo';
import { ownMemberId } from './guards';

/**
 * Records the outcome of wx.requestSubscribeMessage. For a one-time template each 'accept' allows
 * exactly one more send to this user, so it adds one to his balance (not idempotent by design:
 * every acceptance is a real extra send) and refusals change nothing. For a template configured as
 * long-term (env THEMEDAY_LONGTERM_TEMPLATE_IDS, where the account category allows it) 'accept'
 * turns the subscription on and 'reject' / 'ban' turn it off.
 */
export async function subscribeThemedayHandler(input: ThemedaySubscribeInput, ctx: Ctx): Promise<ActionOutputs['themeday.subscribe']> {
  const { caller, now } = ctx;
  const memberId = ownMemberId(caller);
  const longTerm = longTermTemplates(process.env.THEMEDAY_LONGTERM_TEMPLATE_IDS);
  await Promise.all(
    Object.entries(input.results).map(([templateId, outcome]) => {
      if (longTerm.has(templateId)) {
        return outcome === 'filter' ? undefined : setLongTerm(caller.openid, memberId, templateId, outcome === 'accept', now);
      }
      return outcome === 'accept' ? addConsent(caller.openid, memberId, templateId, now) : undefined;
    }),
  );
  return consentSummary(await consentsOf(caller.openid));
}
