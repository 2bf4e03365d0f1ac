import type { z } from 'zod';
import type { ActionTable } from './table';
import { statsActions, type StatsOutputs } from './stats';
import {
  bootstrapInputSchema,
  createBranchInputSchema,
  createGroupInputSchema,
  grantRoleInputSchema,
  qrcodeInputSchema,
  treeInputSchema,
  type Branch,
  type BranchKind,
  type Group,
} from '../domain/org/org.schema';
import {
  joinInputSchema,
  joinPreviewInputSchema,
  memberGetInputSchema,
  memberListInputSchema,
  memberUpdateInputSchema,
  type Member,
  type MemberChange,
} from '../domain/member/member.schema';
import type { Grant } from '../domain/auth/grant';
import type { TreeBranch, TreeGroup } from '../domain/org/tree-view.rules';
import type { CompletionRow } from '../domain/study/completion.rules';
import type { Occurrence } from '../domain/themeday/occurrence.rules';
import {
  checkinMineInputSchema,
  checkinStatsInputSchema,
  checkinSubmitInputSchema,
  studyGetInputSchema,
  studyListInputSchema,
  studyPublishInputSchema,
  type Checkin,
  type StudyPush,
} from '../domain/study/study.schema';
import {
  themedayAttendanceInputSchema,
  themedayDeliveryInputSchema,
  themedayCurrentInputSchema,
  themedayPlanInputSchema,
  themedaySigninInputSchema,
  themedaySubscribeInputSchema,
  type Plan,
  type StudyLink,
} from '../domain/themeday/themeday.schema';
import { careActions, type CareOutputs } from './care';
import { ledgerActions, type LedgerOutputs } from './ledger';
import { hometownActions, type HometownOutputs } from './hometown';
import { pairingActions, type PairingOutputs } from './pairing';
import { agreementActions, type AgreementOutputs } from './agreement';
import { evaluationActions, type EvaluationOutputs } from './evaluation';
import { awardActions, type AwardOutputs } from './award';
import { orgEditActions, type OrgEditOutputs } from './org-edit';
import { importActions, type ImportOutputs } from './import';
import { posterActions, type PosterOutputs } from './poster';

/**
 * The one table of user-facing actions: which cloud function serves each and the schema its
 * payload must pass. Pages and functions both import it; the security suite iterates it.
 */
const foundationActions = {
  'admin.bootstrap': { fn: 'api', input: bootstrapInputSchema },
  'org.createBranch': { fn: 'api', input: createBranchInputSchema },
  'org.createGroup': { fn: 'api', input: createGroupInputSchema },
  'org.tree': { fn: 'api', input: treeInputSchema },
  'org.grantRole': { fn: 'api', input: grantRoleInputSchema },
  'branch.qrcode': { fn: 'api', input: qrcodeInputSchema },
  'join.preview': { fn: 'api', input: joinPreviewInputSchema },
  'member.join': { fn: 'api', input: joinInputSchema },
  'member.me': { fn: 'api', input: treeInputSchema },
  'member.update': { fn: 'api', input: memberUpdateInputSchema },
  'member.get': { fn: 'api', input: memberGetInputSchema },
  'member.list': { fn: 'api', input: memberListInputSchema },
  'study.publish': { fn: 'api', input: studyPublishInputSchema },
  'study.list': { fn: 'api', input: studyListInputSchema },
  'study.get': { fn: 'api', input: studyGetInputSchema },
  'checkin.submit': { fn: 'api', input: checkinSubmitInputSchema },
  'checkin.mine': { fn: 'api', input: checkinMineInputSchema },
  'checkin.stats': { fn: 'api', input: checkinStatsInputSchema },
  'themeday.plan': { fn: 'api', input: themedayPlanInputSchema },
  'themeday.current': { fn: 'api', input: themedayCurrentInputSchema },
  'themeday.subscribe': { fn: 'api', input: themedaySubscribeInputSchema },
  'themeday.signin': { fn: 'api', input: themedaySigninInputSchema },
  'themeday.attendance': { fn: 'api', input: themedayAttendanceInputSchema },
  'themeday.delivery': { fn: 'api', input: themedayDeliveryInputSchema },
} as const satisfies ActionTable;

/**
 * Each later area keeps its actions and outputs in its own module (src/contracts/<area>.ts) and
 * is merged here, so the table stays one list without one file growing for every feature.
 */
export const actions = {
  ...foundationActions,
  ...ledgerActions,
  ...careActions,
  ...statsActions,
  ...hometownActions,
  ...pairingActions,
  ...agreementActions,
  ...evaluationActions,
  ...awardActions,
  ...orgEditActions,
  ...importActions,
  ...posterActions,
} as const;

export type ActionName = keyof typeof actions;
export type ActionInput<A extends ActionName> = z.input<(typeof actions)[A]['input']>;

/** A member record as a caller receives it: masked fields when he does not manage the member. */
export type MemberView = Member & { masked: boolean; branchName?: string; groupName?: string };

/** The organisation as the caller may see it (src/domain/org/tree-view.rules.ts: counters only within his scope). */
export interface OrgTree {
  county: { name: string } | null;
  branches: TreeBranch[];
  groups: TreeGroup[];
}

export interface MeView {
  openid: string;
  name: string | null;
  grants: Grant[];
  member: MemberView | null;
  branch: Pick<Branch, '_id' | 'name' | 'city' | 'kind' | 'secretaryName'> | null;
  group: Pick<Group, '_id' | 'name' | 'township' | 'village'> | null;
  county: { name: string } | null;
  /** An open 述职评议 round names him a reviewer (his way to the scoring page when he holds no organiser role). */
  reviewing: boolean;
}

export interface JoinPreview {
  branch: { _id: string; name: string; city: string; kind: BranchKind; secretaryName: string };
  groups: Pick<Group, '_id' | 'name' | 'township' | 'village'>[];
  alreadyJoined: boolean;
}

/** A push as a list shows it: no body, no counters. */
export type StudyPushSummary = Omit<StudyPush, 'body' | 'counters' | 'publisherOpenid'>;

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
  /** Set for a per-occurrence query; `siteCode` is the on-site QR scene (valid only in the window). */
  occurrence: (OccurrenceView & { siteCode: string }) | null;
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

/** What each action answers in `data`. */
export interface ActionOutputs extends FoundationOutputs, StatsOutputs, CareOutputs, LedgerOutputs, HometownOutputs, PairingOutputs, AgreementOutputs, EvaluationOutputs, AwardOutputs, OrgEditOutputs, ImportOutputs, PosterOutputs {}

interface FoundationOutputs {
  'admin.bootstrap': { county: { name: string }; grants: Grant[] };
  'org.createBranch': Branch;
  'org.createGroup': Group;
  'org.tree': OrgTree;
  'org.grantRole': { openid: string; grants: Grant[] };
  'branch.qrcode': { branchId: string; scene: string; page: string; image: string };
  'join.preview': JoinPreview;
  'member.join': { member: MemberView; created: boolean };
  'member.me': MeView;
  'member.update': { member: MemberView; changed: string[] };
  /** The inflow side's history names authors without their openids (inflowHistory). */
  'member.get': { member: MemberView; history: (Omit<MemberChange, 'byOpenid'> & { byOpenid?: string })[] };
  'member.list': { items: MemberView[]; nextCursor: string | null };
  'study.publish': StudyPushSummary;
  'study.list': { items: (StudyPushSummary & { done: boolean; open: boolean })[]; nextCursor: string | null };
  'study.get': {
    /** imageUrls: displayable URLs of the body's cloud:// images (H5 cannot show cloud fileIDs). */
    push: Omit<StudyPush, 'counters' | 'publisherOpenid'> & { imageUrls?: Record<string, string> };
    mine: CheckinView | null;
    open: boolean;
  };
  'checkin.submit': { checkin: CheckinView; created: boolean };
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
  } & ConsentSummary;
  'themeday.subscribe': ConsentSummary;
  'themeday.signin': { occurrenceId: string; mode: 'online' | 'onsite'; at: number };
  'themeday.attendance': ThemedayAttendanceView;
  'themeday.delivery': ThemedayDeliveryView;
  'checkin.mine': {
    month: string;
    /** Shanghai days of this month with a check-in. */
    days: string[];
    streak: { current: number; longest: number };
    total: number;
  };
  'checkin.stats': CheckinStatsView;
}

export type ActionOutput<A extends ActionName> = ActionOutputs[A];
