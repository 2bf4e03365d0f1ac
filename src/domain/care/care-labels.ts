import type { CaseState } from './care.schema';

/** How the app names a case's states. */
export const stateLabels: Record<CaseState, string> = {
  filed: '已提交',
  accepted: '已受理',
  in_progress: '办理中',
  resolved: '已解决',
  cannot_resolve: '无法解决',
};

/** The button an organiser taps to move a case to the state. */
export const actionLabels: Record<CaseState, string> = {
  filed: '提交',
  accepted: '受理',
  in_progress: '开始办理',
  resolved: '已解决',
  cannot_resolve: '无法解决',
};
