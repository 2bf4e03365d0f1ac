import type { ActionOutput } from '@/contracts';
import { call } from '@/services/cloud';
import { askSubscribe } from '../shared/subscribe-consent';

/**
 * The templates of the 待办 messages (WeChat console → 订阅消息); the api and cron-theme-day
 * functions read the same ids (env TODO_TEMPLATE_ID / STUDY_TEMPLATE_ID; TODO_NOTICE /
 * STUDY_NOTICE when unset, as in the local cloud).
 */
export const todoTemplateIds = (member: boolean): string[] =>
  [process.env.TARO_APP_TODO_TEMPLATE_ID, member ? process.env.TARO_APP_STUDY_TEMPLATE_ID : undefined].filter((id): id is string => !!id);

/**
 * One prompt for the work given to him and, for a member, new pushes (one acceptance of each = one
 * message), then the answer recorded. Call it first thing in a tap handler (askSubscribe).
 */
export async function askTodoConsent(member: boolean): Promise<ActionOutput<'todo.subscribe'>> {
  const content = member ? '有新的待办或新的学习推送时，允许向你发送一次微信提醒？' : '有新的待办时，允许向你发送一次微信提醒？';
  const results = await askSubscribe(todoTemplateIds(member), { title: '待办提醒', content });
  return call('todo.subscribe', { results });
}
