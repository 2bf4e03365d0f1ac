import { minuteOf } from '../shared/day.rules';
import { todoKinds, type TodoKind } from './todo-kinds';

/**
 * Subscribe messages for the events of the 待办 list (docs/decisions/todo.md, "Subscribe
 * messages"). Two one-time templates: 待办提醒 for work given to a person (a case, a transfer, a
 * suggestion, sheets to score, his 活动证) and 学习推送提醒 for a new push; the theme day keeps its
 * own reminder (themeday.subscribe, cron-theme-day). Both templates carry the same keywords:
 * thing1 事项, thing2 内容, time3 时间 (pick templates with these in the console).
 */
export const DEFAULT_TODO_TEMPLATE = 'TODO_NOTICE';
export const DEFAULT_STUDY_TEMPLATE = 'STUDY_NOTICE';

/** The templates as both functions read them (env TODO_TEMPLATE_ID / STUDY_TEMPLATE_ID, set alike on api and cron-theme-day). */
export function noticeTemplates(env: Record<string, string | undefined>): { todo: string; study: string } {
  return { todo: env.TODO_TEMPLATE_ID || DEFAULT_TODO_TEMPLATE, study: env.STUDY_TEMPLATE_ID || DEFAULT_STUDY_TEMPLATE };
}

/** An event that reaches a person as a message: the 待办 kinds that are events, and a new push. */
export type NoticeKind = Extract<TodoKind, 'careAssigned' | 'transfersToDecide' | 'joinsToDecide' | 'suggestionsToAnswer' | 'sheetsToScore' | 'cardExpiring' | 'cardsExpiringInScope'> | 'studyPushed' | 'activityCancelled' | 'activityChanged';

/**
 * One message per event per person: the queue document's `_id`. `event` names the event itself
 * (a case id and its assignment, a push id, a card's expiry), so a repeat of the same event finds
 * the document and writes nothing, while a new event (the case given to someone else) is new.
 */
export const noticeId = (kind: NoticeKind, event: string, openid: string): string => `${kind}_${event}_${openid}`;

/** WeChat's `thing` keyword holds at most 20 characters (open-ability subscribe-message): longer text is cut with an ellipsis. */
export const THING_MAX = 20;
export const thing = (text: string): string => {
  const chars = [...text.trim()];
  return chars.length <= THING_MAX ? chars.join('') : `${chars.slice(0, THING_MAX - 1).join('')}…`;
};

export interface NoticeMessage {
  /** The page a tap opens, without the leading slash (subscribeMessage.send's `page`). */
  page: string;
  data: { thing1: { value: string }; thing2: { value: string }; time3: { value: string } };
}

/**
 * An enrolled member is told his activity was cancelled, or moved in time or place (with the 待办
 * template: it is news he acts on). A change's `time3` is the new start.
 */
const ACTIVITY_NOTICES = {
  activityCancelled: { label: '活动已取消', page: '/pages/activities/index' },
  activityChanged: { label: '活动时间或地点有变', page: '/pages/activities/index' },
} as const;
const activityNotice = (kind: NoticeKind) => (kind === 'activityCancelled' || kind === 'activityChanged' ? ACTIVITY_NOTICES[kind] : null);

const pageOf = (kind: NoticeKind, pushId?: string): string =>
  (kind === 'studyPushed' ? `/pages/study-detail/index?id=${pushId}` : (activityNotice(kind)?.page ?? todoKinds[kind as keyof typeof todoKinds].page)).replace(/^\//, '');

/** The message of one event: what it is (the 待办 label, or 新的学习推送), a detail, and when. */
export function noticeMessage(kind: NoticeKind, detail: string, at: number, pushId?: string): NoticeMessage {
  const what = kind === 'studyPushed' ? '新的学习推送' : (activityNotice(kind)?.label ?? todoKinds[kind as keyof typeof todoKinds].label);
  return { page: pageOf(kind, pushId), data: { thing1: { value: thing(what) }, thing2: { value: thing(detail) }, time3: { value: minuteOf(at) } } };
}
