import { api, type ActionTable } from './table';
import {
  activityCancelInputSchema,
  activityCreateInputSchema,
  activityEditInputSchema,
  activityHoursInputSchema,
  activityIdInputSchema,
  activityListInputSchema,
  activityRecordInputSchema,
  activitySigninInputSchema,
  activityStatsInputSchema,
  activitySummaryInputSchema,
  type Activity,
  type ActivityKind,
} from '../domain/activity/activity.schema';
import type { ActivityStats, KindFigures, UnitRef } from '../domain/activity/activity-counters.rules';
import type { SigninWindow } from '../domain/activity/activity-window.rules';

/** 活动: 集中学习、红色教育、志愿服务… held for branches; enrolment, sign-in, summary, volunteer hours. */
export const activityActions = {
  'activity.create': api(activityCreateInputSchema),
  'activity.list': api(activityListInputSchema),
  'activity.get': api(activityIdInputSchema),
  'activity.enrol': api(activityIdInputSchema),
  'activity.signin': api(activitySigninInputSchema),
  'activity.summarize': api(activitySummaryInputSchema),
  'activity.hours': api(activityHoursInputSchema),
  'activity.stats': api(activityStatsInputSchema),
  'activity.record': api(activityRecordInputSchema),
  'activity.withdraw': api(activityIdInputSchema),
  'activity.edit': api(activityEditInputSchema),
  'activity.cancel': api(activityCancelInputSchema),
} as const satisfies ActionTable;

/** An activity as a caller sees it: his own part in it and what he may do now (the function still checks). */
export interface ActivityView extends Omit<Activity, 'createdBy' | 'cancelled' | 'cancelReason' | 'cancelledAt'> {
  cancelled: boolean;
  cancelReason: string | null;
  cancelledAt: number | null;
  createdByName: string | null;
  seatsLeft: number | null;
  window: SigninWindow;
  /** The caller as a member of its branches (null: not one of them). */
  mine: { enrolled: boolean; signedIn: 'online' | 'onsite' | null; hours: number } | null;
  /** `withdraw`: take his enrolment back; `edit`, `cancel`: those who run it, before the start (cancel also while nobody signed in). */
  can: { enrol: boolean; signinOnline: boolean; withdraw: boolean; run: boolean; edit: boolean; cancel: boolean };
  /** Temporary links of the summary's photos, in order. */
  photoUrls: string[];
}

/** One member's part in an activity, for those who run it. */
export interface AttendeeRow {
  memberId: string;
  name: string;
  enrolledAt: number | null;
  signedIn: { mode: 'online' | 'onsite'; at: number } | null;
  hours: number;
}

export interface ActivityRecordItem {
  activityId: string;
  title: string;
  kind: ActivityKind;
  startAt: number;
  mode: 'online' | 'onsite';
  hours: number;
}

export interface ActivityOutputs {
  'activity.create': ActivityView;
  'activity.list': { items: ActivityView[]; nextCursor: string | null };
  /** For those who run it: the on-site code while sign-in is open (fetch again at `refreshAt`) and who enrolled and came. */
  'activity.get': { activity: ActivityView; site: { code: string; refreshAt: number } | null; attendees: AttendeeRow[] | null };
  'activity.enrol': { activityId: string; enrolled: number; seatsLeft: number | null };
  'activity.signin': { activityId: string; title: string; mode: 'online' | 'onsite'; at: number };
  'activity.summarize': { activityId: string; summary: string; photos: string[]; heldPhotos: string[] };
  'activity.hours': { activityId: string; entries: { memberId: string; hours: number }[] };
  'activity.stats': ActivityStats & { year: number; unit: UnitRef & { name: string } };
  /** 一人一档: the activities he signed in to in the year, with totals per kind (events = those he attended). */
  /** The seat given back. */
  'activity.withdraw': { activityId: string; enrolled: number; seatsLeft: number | null };
  'activity.edit': ActivityView;
  /** `told`: the enrolled members (each told if he consented to the 待办 template). */
  'activity.cancel': { activity: ActivityView; told: number };
  'activity.record': { memberId: string; year: number; total: KindFigures; byKind: Record<ActivityKind, KindFigures>; items: ActivityRecordItem[] };
}
