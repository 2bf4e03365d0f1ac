import type { HometownOutputs } from '@/contracts/hometown';
import { suggestionScope } from '@/domain/hometown/hometown-scope.rules';
import type { SuggestListInput } from '@/domain/hometown/suggestion.schema';
import { forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { withinUnits } from '@shared/repos/query';
import { querySuggestions } from '../../repos/suggestions.repo';
import { ownMemberId } from '@shared/auth/guards';
import { DEFAULT_LIMIT, suggestionView } from './hometown-views';
import { pageOf } from '../page';

/**
 * A member's own suggestions with their replies, or (`manage`) the organiser's queue: all for the
 * county, those of his branches ∪ his villages for a secretary / cadre. Newest first, `_id` cursor.
 */
export async function suggestListHandler(input: SuggestListInput, { caller }: Ctx): Promise<HometownOutputs['suggest.list']> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  let owner: object;
  if (input.manage) {
    const scope = suggestionScope(caller);
    if (!scope) throw forbidden('仅县委组织部、支部书记和村干部可处理建议');
    owner = scope.all ? {} : withinUnits(scope)!;
  } else {
    owner = { memberId: ownMemberId(caller) };
  }
  const rows = await querySuggestions([owner, input.status ? { status: input.status } : null], input.cursor, limit + 1);
  return pageOf(rows, limit, suggestionView);
}
