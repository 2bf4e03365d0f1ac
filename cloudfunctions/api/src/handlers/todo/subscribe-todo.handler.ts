import type { TodoOutputs } from '@/contracts/todo';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import type { ThemedaySubscribeInput } from '@/domain/themeday/themeday.schema';
import { noticeTemplates } from '@/domain/todo/notice.rules';
import { addConsent, consentsOf } from '@shared/repos/consents.repo';
import type { Ctx } from '@shared/dispatch/context';

/**
 * Records the outcome of one wx.requestSubscribeMessage for the 待办 and new-push templates, as
 * themeday.subscribe does for the reminder: each 'accept' is one more message (one-time
 * subscription), other outcomes change nothing. Only the configured templates (env
 * TODO_TEMPLATE_ID / STUDY_TEMPLATE_ID, read by the sender too) are taken: a consent nothing
 * spends is refused before any write. Anyone may subscribe: organisers receive work too.
 */
export async function subscribeTodoHandler(input: ThemedaySubscribeInput, ctx: Ctx): Promise<TodoOutputs['todo.subscribe']> {
  const { caller, now } = ctx;
  const templates = noticeTemplates(process.env);
  const known = new Set([templates.todo, templates.study]);
  const unknown = Object.keys(input.results).filter((t) => !known.has(t));
  if (unknown.length) {
    throw new AppError(ErrorCodes.INPUT_INVALID, '不是待办提醒的订阅模板', unknown.map((t) => ({ path: `results.${t}`, message: '未配置的模板' })));
  }
  const accepted = Object.entries(input.results).filter(([, outcome]) => outcome === 'accept').map(([t]) => t);
  await Promise.all(accepted.map((t) => addConsent(caller.openid, caller.memberId, caller.placement?.branchId ?? null, t, now)));
  const mine = (await consentsOf(caller.openid)).filter((c) => known.has(c.templateId));
  return { consents: Object.fromEntries(mine.map((c) => [c.templateId, c.available])) };
}
