import { api, type ActionTable } from './table';
import type { Occurrence } from '../domain/themeday/occurrence.rules';
import {
  themedayAttendanceInputSchema,
  themedayDeliveryInputSchema,
  themedayCurrentInputSchema,
  themedayPlanInputSchema,
  themedaySigninInputSchema,
  themedaySetupInputSchema,
  themedaySubscribeInputSchema,
  type Additions,
  type Plan,
  type PromptSheet,
  type StudyLink,
} from '../domain/themeday/themeday.schema';

/** 主题党日: the branches' monthly meeting, its sign-in and its reminders. */
export const themedayActions = {
  'themeday.plan': api(themedayPlanInputSchema),
  'themeday.current': api(themedayCurrentInputSchema),
  'themeday.subscribe': api(themedaySubscribeInputSchema),
  'themeday.signin': api(themedaySigninInputSchema),
  'themeday.attendance': api(themedayAttendanceInputSchema),
  'themeday.delivery': api(themedayDeliveryInputSchema),
  'themeday.setup': api(themedaySetupInputSchema),
} as const satisfies ActionTable;

/** One branch's meeting in one month, with its sign-in window (instants in ms). */
export interface OccurrenceView extends Occurrence {
  /** Sign-in window: from 30 minutes before the start until the end. */
  signinOpens: number;
  signinCloses: number;
}

/** The county's 提示单 merged with the branch's additions (county items first). */
export interface MergedSheet {
  theme: string | null;
  agenda: string[];
  links: StudyLink[];
  /** Whether the county published a sheet for the month (else only the branch's items). */
  fromCounty: boolean;
}

/** One branch's attendance: `expected` = its members today, `signedIn` = sign-ins counted. */
export interface AttendanceRow {
  branchId: string;
  name: string;
  planned: boolean;
  expected: number;
  signedIn: number;
  online: number;
  onsite: number;
  /** signedIn / expected, 0..1 (0 when nobody is expected). */
  rate: number;
}

export interface ThemedayAttendanceView {
  /** Set for a per-occurrence query; `siteCode` is the on-site QR scene (valid in the window, for 30–60 s: fetch again at `siteCodeRefreshAt`). */
  occurrence: (OccurrenceView & { siteCode: string; siteCodeRefreshAt: number }) | null;
  month: string;
  rows: AttendanceRow[];
  /** Per occurrence with `absentees: true`: a page of the branch's members without a sign-in. */
  absentees?: { memberId: string; name: string; phone: string }[];
  absenteesNextCursor?: string | null;
}

export type DeliveryStateName = 'sent' | 'no_consent' | 'refused' | 'failed' | 'pending';

/** One reminder stage's fan-out: progress from its cursor document, counts from the delivery records. */
export interface DeliveryStageView {
  stage: 'before' | 'dayOf';
  started: boolean;
  finished: boolean;
  startedAt: number | null;
  updatedAt: number | null;
  /** Members handled so far (delivery records of the stage, any state). */
  processed: number;
  /** The branch's member count today. */
  expected: number;
  counts: Record<DeliveryStateName, number>;
}

export interface ThemedayDeliveryView {
  occurrenceId: string;
  branchId: string;
  stages: DeliveryStageView[];
  /** Members not reached (no_consent / refused / failed), to follow up by hand; phones per viewForCaller. */
  notReached: { memberId: string; name: string; phone: string; stage: 'before' | 'dayOf'; state: 'no_consent' | 'refused' | 'failed'; reason: string | null }[];
  notReachedNextCursor: string | null;
}

/** The caller's reminder consents: one-time sends left per template id, and live long-term templates. */
export interface ConsentSummary {
  consents: Record<string, number>;
  longTerm: string[];
}

export interface ThemedayOutputs {
  'themeday.plan':
    | { kind: 'rule'; branchId: string; plan: Plan; next: OccurrenceView }
    | { kind: 'sheet'; month: string }
    | { kind: 'additions'; branchId: string; month: string };
  'themeday.current': {
    occurrence: OccurrenceView;
    sheet: MergedSheet;
    /** Whether sign-in is open now. */
    open: boolean;
    signin: { mode: 'online' | 'onsite'; at: number } | null;
    /** The branch's meeting place and online meeting link, when it set them. */
    place: string | null;
    meetingUrl: string | null;
    /** Whether the branch counts online sign-in (else only the rotating on-site code). */
    onlineSignin: boolean;
    /** The 提示单's 党费 line for him: this month's dues and any arrears (null: nothing owed). */
    duesReminder: string | null;
  } & ConsentSummary;
  'themeday.subscribe': ConsentSummary;
  'themeday.signin': { occurrenceId: string; mode: 'online' | 'onsite'; at: number };
  'themeday.attendance': ThemedayAttendanceView;
  'themeday.delivery': ThemedayDeliveryView;
  'themeday.setup': {
    /** This month and the next, the months the forms edit. */
    months: string[];
    /** The county's 提示单 of each month (null: not published yet). */
    sheets: Record<string, PromptSheet | null>;
    /** With `branchId`: the branch's saved rule (null: none yet), its additions per month and its next meeting. */
    plan: Plan | null;
    additions: Record<string, Additions | null>;
    next: OccurrenceView | null;
  };
}
