import type { HometownOutputs } from '@/contracts/hometown';
import type { Suggestion, SuggestSubmitInput } from '@/domain/hometown/suggestion.schema';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { getGroup } from '@shared/repos/org.repo';
import { insertSuggestion } from '../../repos/suggestions.repo';
import { joinedPlacement } from '@shared/auth/guards';
import { riskyText, suggestionView } from './hometown-views';
import { requireCleanText } from '../clean-text';
import { organiserOpenids } from '@shared/repos/notices.repo';
import { notifyTodo } from '../notify-todo';

/**
 * 我为家乡谋发展: a member's suggestion for a village (his own home group unless he names another).
 * Author, branch and openid come from the caller; the text passes content security before the insert.
 */
export async function suggestSubmitHandler(input: SuggestSubmitInput, ctx: Ctx): Promise<HometownOutputs['suggest.submit']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx, '再提建议');
  const group = await getGroup(input.groupId ?? placement.groupId);
  if (!group) throw new AppError(ErrorCodes.ORG_NOT_FOUND, '所选村（网上党小组）不存在');
  await requireCleanText([input.title, input.text], caller.openid, riskyText('建议'));

  const s: Suggestion = {
    _id: newId(now),
    memberId,
    openid: caller.openid,
    authorName: caller.name ?? '',
    branchId: placement.branchId,
    groupId: group._id,
    villageName: group.village,
    title: input.title,
    text: input.text,
    category: input.category,
    status: 'submitted',
    replies: [],
    createdAt: now,
    updatedAt: now,
  };
  await insertSuggestion(s);
  // Those who answer it: the village's cadres and the author's branch secretaries (the queue's scope).
  const answerers = await organiserOpenids([{ role: 'cadre', groupId: s.groupId }, { role: 'secretary', branchId: s.branchId }]);
  await notifyTodo('suggestionsToAnswer', s._id, answerers, `${s.villageName}：${s.title}`, { openid: caller.openid, now });
  return suggestionView(s);
}
