import type { Caller } from '../auth/grant';
import { canPushTo } from '../auth/scope.rules';
import { dayOf, SHANGHAI } from '../shared/day.rules';
import type { StudyPush } from './study.schema';

/**
 * Where a push is in its life, as its publisher's list shows it: scheduled (publishAt ahead: still
 * editable), live (members check in until the end of its due day), closed (past its due day), or
 * withdrawn (by an organiser; gone from members' lists and to-dos, its check-ins kept).
 */
export type PushStatus = 'scheduled' | 'live' | 'closed' | 'withdrawn';

export const pushStatusLabels: Record<PushStatus, string> = { scheduled: '待发布', live: '进行中', closed: '已截止', withdrawn: '已撤回' };

export function pushStatus(push: Pick<StudyPush, 'publishAt' | 'dueDay' | 'withdrawnAt'>, now: number, tz: string = SHANGHAI): PushStatus {
  if (push.withdrawnAt) return 'withdrawn';
  if (push.publishAt > now) return 'scheduled';
  return dayOf(now, tz) <= push.dueDay ? 'live' : 'closed';
}

/**
 * Who manages a push (edits it while scheduled, withdraws it): whoever may publish to its whole
 * audience now — the county-wide roles any push, a secretary those aimed only at his branches.
 * The same rule as publishing, so managing never reaches further than publishing does.
 */
export const canManagePush = (caller: Caller, push: Pick<StudyPush, 'audience'>): boolean => canPushTo(caller, push.audience);

/** Whose uploads a push's body may show: its publisher's and those of organisers who edited it. */
export const imageOwnersOf = (push: Pick<StudyPush, 'publisherOpenid' | 'editorOpenids'>): string[] => [push.publisherOpenid, ...(push.editorOpenids ?? [])];
