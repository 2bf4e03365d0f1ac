import { api, type ActionTable } from './table';
import type { CompletionRow } from '../domain/study/completion.rules';
import type { PushStatus } from '../domain/study/push-status.rules';
import {
  checkinMineInputSchema,
  checkinStatsInputSchema,
  checkinSubmitInputSchema,
  studyGetInputSchema,
  studyListInputSchema,
  studyManagedInputSchema,
  studyPublishInputSchema,
  studyUpdateInputSchema,
  studyWithdrawInputSchema,
  type Checkin,
  type StudyPush,
} from '../domain/study/study.schema';

/** 学习推送 and the members' check-ins (打卡). */
export const studyActions = {
  'study.publish': api(studyPublishInputSchema),
  'study.list': api(studyListInputSchema),
  'study.get': api(studyGetInputSchema),
  'checkin.submit': api(checkinSubmitInputSchema),
  'checkin.mine': api(checkinMineInputSchema),
  'checkin.stats': api(checkinStatsInputSchema),
  'study.managed': api(studyManagedInputSchema),
  'study.update': api(studyUpdateInputSchema),
  'study.withdraw': api(studyWithdrawInputSchema),
} as const satisfies ActionTable;

/** A push as a list shows it: no body, no counters, no openids. */
export type StudyPushSummary = Omit<StudyPush, 'body' | 'counters' | 'publisherOpenid' | 'editorOpenids'>;

/** A push in its manager's list: where it is in its life and how many members checked in. */
export type ManagedPush = StudyPushSummary & { status: PushStatus; checkins: number };

/** A check-in as its author (or an organiser) sees it; photos as displayable temporary URLs. */
export type CheckinView = Omit<Checkin, 'openid'> & { photoUrls: string[] };

/** One unit's completion: `expected` members targeted, `done` of them checked in. */
export type { CompletionRow } from '../domain/study/completion.rules';

export interface CheckinStatsView {
  /** Set for a per-push query. */
  push: Pick<StudyPush, '_id' | 'title' | 'issueNo' | 'kind' | 'dueDay' | 'publishAt'> | null;
  /** Set for a per-month query: the pushes counted. */
  month: { month: string; pushes: number } | null;
  branches: CompletionRow[];
  groups: CompletionRow[];
  /** detail (per push, one branch or group): who has not checked in yet, to remind them. */
  notDone?: { memberId: string; name: string; phone: string | null; groupName: string | null }[];
  /** detail: the members' reflections. */
  reflections?: { memberId: string; name: string; text: string; photoUrls: string[]; day: string; minutes: number | null }[];
  /**
   * detail: pass as `notDoneCursor` for the next page (null: the unit's members are exhausted). A page
   * scans `limit` members of the unit and lists those without a check-in, so it may hold fewer.
   */
  notDoneNextCursor?: string | null;
  /** detail: pass as `reflectionsCursor` for the next page (null: no more). */
  reflectionsNextCursor?: string | null;
}

export interface StudyOutputs {
  'study.publish': StudyPushSummary;
  'study.list': { items: (StudyPushSummary & { done: boolean; open: boolean })[]; nextCursor: string | null };
  'study.get': {
    /** imageUrls: displayable URLs of the body's cloud:// images (H5 cannot show cloud fileIDs). */
    push: Omit<StudyPush, 'counters' | 'publisherOpenid' | 'editorOpenids'> & { imageUrls?: Record<string, string> };
    mine: CheckinView | null;
    open: boolean;
    /** The caller may edit (while scheduled) or withdraw it. */
    manageable?: boolean;
  };
  'checkin.submit': { checkin: CheckinView; created: boolean };
  'checkin.mine': {
    month: string;
    /** Shanghai days of this month with a check-in. */
    days: string[];
    streak: { current: number; longest: number };
    total: number;
  };
  'checkin.stats': CheckinStatsView;
  'study.managed': { items: ManagedPush[]; nextCursor: string | null };
  'study.update': ManagedPush;
  'study.withdraw': ManagedPush;
}
