import type { HometownOutputs } from '@/contracts/hometown';
import { canHandleSuggestion } from '@/domain/hometown/hometown-scope.rules';
import { applyReply, canMoveSuggestion } from '@/domain/hometown/suggestion.rules';
import type { Suggestion, SuggestReplyInput } from '@/domain/hometown/suggestion.schema';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { inTransaction } from '@shared/platform/cloud';
import { getSuggestion, patchSuggestion } from '../../repos/suggestions.repo';
import { riskyText, suggestionView } from './hometown-views';
import { requireCleanText } from '../clean-text';

/** The checks of a reply, run on the first read and again on the transaction's own read. */
function check(s: Suggestion | null, input: SuggestReplyInput, caller: Ctx['caller']): Suggestion {
  if (!s) throw new AppError(ErrorCodes.SUGGEST_NOT_FOUND, '建议不存在');
  if (!canHandleSuggestion(caller, s)) throw forbidden('该建议不在您的管理范围内');
  if (!canMoveSuggestion(s.status, input.status)) throw new AppError(ErrorCodes.SUGGEST_CLOSED, '该建议已办结（已采纳或已存档），不能再答复');
  return s;
}

/**
 * An organiser answers a suggestion and sets its status. Scope and state are checked before the
 * content check (no check for a caller who may not answer), and again inside the transaction, so
 * two concurrent answers never lose one another or reopen a closed suggestion.
 */
export async function suggestReplyHandler(input: SuggestReplyInput, { caller, now }: Ctx): Promise<HometownOutputs['suggest.reply']> {
  check(await getSuggestion(input.suggestionId), input, caller);
  await requireCleanText([input.text], caller.openid, riskyText('答复'));
  const updated = await inTransaction(async (tx) => {
    const s = check(await getSuggestion(input.suggestionId, tx), input, caller);
    const patch = applyReply(s, { byName: caller.name ?? '组织', text: input.text, status: input.status, at: now });
    await patchSuggestion(tx, s._id, patch);
    return { ...s, ...patch };
  });
  return suggestionView(updated);
}
