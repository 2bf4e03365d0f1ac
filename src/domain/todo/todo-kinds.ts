/**
 * The kinds of work the to-do list (待办) gathers, with what a person reads and the page that does
 * the work. The `api` function counts each kind (handlers/todo/todo-sources.ts), the app shows the
 * label and opens the page. A new source is one line here and one entry in that table.
 */
export const todoKinds = {
  transfersToDecide: { label: '待审核的转入申请', page: '/admin/moves/index' },
  joinsToDecide: { label: '待审核的入支部申请', page: '/admin/moves/index' },
  careAssigned: { label: '分派给我的求助', page: '/admin/care-queue/index?assignedToMe=1' },
  suggestionsToAnswer: { label: '待答复的家乡建议', page: '/admin/suggestions/index' },
  sheetsToScore: { label: '待打分的述职评议', page: '/pages/eval-rounds/index' },
  cardExpiring: { label: '活动证 30 天内到期', page: '/pages/profile/index' },
  studyUnchecked: { label: '未打卡的学习推送', page: '/pages/study/index' },
  themedayUnsigned: { label: '主题党日未签到', page: '/pages/themeday/index' },
  activityToday: { label: '今天报名的活动未签到', page: '/pages/activities/index' },
} as const;

export type TodoKind = keyof typeof todoKinds;

/** A 活动证 is due for renewal from this many days before it expires (and after). */
export const CARD_EXPIRY_DAYS = 30;
