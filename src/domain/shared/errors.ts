import { AppError, ClientErrorCodes } from './app-error';

export { AppError, type ErrorBody, type FieldError } from './app-error';

/**
 * Stable error codes. Functions throw AppError; the function boundary turns it into the
 * `{ ok:false, error:{ code, message, fields? } }` envelope, and pages turn it into a toast.
 * Codes are part of the contract (DESIGN.md §4): add new ones, never rename. The codes the app
 * raises or branches on are written once, in app-error.ts; this table, which only the functions
 * carry, adds the rest. Built by a call marked pure, not a spread, so that esbuild still drops the
 * table from a bundle that never reads it (the cron functions): it keeps an unused object literal
 * with a spread, since a spread may run getters.
 */
export const ErrorCodes = /* @__PURE__ */ Object.assign({}, ClientErrorCodes, {
  ACTION_UNKNOWN: 'ACTION.UNKNOWN',
  AUTH_FORBIDDEN: 'AUTH.FORBIDDEN',
  ADMIN_ALREADY_BOOTSTRAPPED: 'ADMIN.ALREADY_BOOTSTRAPPED',
  ORG_NOT_FOUND: 'ORG.NOT_FOUND',
  ORG_DUPLICATE: 'ORG.DUPLICATE',
  /** The unit is archived: nobody joins it, nothing is placed under it. */
  ORG_ARCHIVED: 'ORG.ARCHIVED',
  /** A unit is archived only once its members have moved and no unit sits under it. */
  ORG_NOT_EMPTY: 'ORG.NOT_EMPTY',
  JOIN_SCENE_INVALID: 'JOIN.SCENE_INVALID',
  JOIN_GROUP_INVALID: 'JOIN.GROUP_INVALID',
  /** A genuine join code the branch has since replaced with a new one (old posters). */
  JOIN_CODE_ROTATED: 'JOIN.CODE_ROTATED',
  /** The branch stopped taking joins by its code. */
  JOIN_CODE_REVOKED: 'JOIN.CODE_REVOKED',
  /** No join request with that id, or it is not waiting any more. */
  JOIN_REQUEST_NOT_FOUND: 'JOIN.REQUEST_NOT_FOUND',
  /** A joined member asked to join again (the join page offers a transfer instead). */
  JOIN_ALREADY_MEMBER: 'JOIN.ALREADY_MEMBER',
  // 转接 (a member moves from one branch to another)
  /** The destination is the branch he already belongs to. */
  TRANSFER_SAME_BRANCH: 'TRANSFER.SAME_BRANCH',
  /** He already has a transfer waiting: one at a time. */
  TRANSFER_PENDING: 'TRANSFER.PENDING',
  TRANSFER_NOT_FOUND: 'TRANSFER.NOT_FOUND',
  /** The transfer was already approved, refused or withdrawn. */
  TRANSFER_CLOSED: 'TRANSFER.CLOSED',
  /** His mobile status has ended: the record is read-only until it is reopened. */
  MEMBER_MOBILITY_ENDED: 'MEMBER.MOBILITY_ENDED',
  /** Reopening a record whose mobile status has not ended. */
  MEMBER_MOBILITY_ACTIVE: 'MEMBER.MOBILITY_ACTIVE',
  /** No unclaimed imported record of this branch matches the phone and name, or it was claimed meanwhile. */
  JOIN_CLAIM_INVALID: 'JOIN.CLAIM_INVALID',
  MEMBER_NOT_FOUND: 'MEMBER.NOT_FOUND',
  MEMBER_NOT_JOINED: 'MEMBER.NOT_JOINED',
  USER_NOT_FOUND: 'USER.NOT_FOUND',
  STUDY_NOT_FOUND: 'STUDY.NOT_FOUND',
  /** The push exists but is not addressed to this member (or not yet published). */
  STUDY_NOT_TARGETED: 'STUDY.NOT_TARGETED',
  /** A push's cloud image is not in the publisher's own upload folder (uploads/<openid>/). */
  STUDY_IMAGE_NOT_OWN: 'STUDY.IMAGE_NOT_OWN',
  /** The push's check-in window (its due day, Shanghai) is over. */
  /** The push was withdrawn by its publisher: members no longer read it or check in (its check-ins are kept). */
  STUDY_WITHDRAWN: 'STUDY.WITHDRAWN',
  /** The push is live already: it is no longer edited (withdraw it and publish anew). */
  STUDY_PUBLISHED: 'STUDY.PUBLISHED',
  CHECKIN_CLOSED: 'CHECKIN.CLOSED',
  /** The platform's content-security check refused the text or an image. */
  CONTENT_RISKY: 'CONTENT.RISKY',
  /** The occurrence is not his branch's current one, or unknown. */
  THEMEDAY_NOT_FOUND: 'THEMEDAY.NOT_FOUND',
  /** Sign-in is only open from 30 minutes before the start until the end. */
  THEMEDAY_OUTSIDE_WINDOW: 'THEMEDAY.OUTSIDE_WINDOW',
  /** The on-site code is malformed, forged, or another branch's / month's. */
  THEMEDAY_CODE_INVALID: 'THEMEDAY.CODE_INVALID',
  /** A genuine on-site code whose 30 s step has passed (a forwarded photo), or a month-long code of the old kind. */
  THEMEDAY_CODE_EXPIRED: 'THEMEDAY.CODE_EXPIRED',
  /** The branch turned online sign-in off: only the on-site code counts. */
  THEMEDAY_ONLINE_OFF: 'THEMEDAY.ONLINE_OFF',
  /** One sign-in per member per occurrence. */
  THEMEDAY_ALREADY_SIGNED: 'THEMEDAY.ALREADY_SIGNED',
  // 反哺家乡 (hometown): suggestions, return-home projects, talent stations, job pushes.
  SUGGEST_NOT_FOUND: 'SUGGEST.NOT_FOUND',
  /** The suggestion was already adopted or noted: its answer is final. */
  SUGGEST_CLOSED: 'SUGGEST.CLOSED',
  PROJECT_NOT_FOUND: 'PROJECT.NOT_FOUND',
  /** A stage move the pipeline does not allow (lead → negotiating → landed; dropped from an open stage). */
  PROJECT_BAD_MOVE: 'PROJECT.BAD_MOVE',
  STATION_NOT_FOUND: 'STATION.NOT_FOUND',
  JOB_NOT_FOUND: 'JOB.NOT_FOUND',
  /** The job push was withdrawn: members no longer see it and it is no longer edited. */
  JOB_WITHDRAWN: 'JOB.WITHDRAWN',
  // 关怀帮扶 / 走访慰问 (care cases and family visits)
  CARE_NOT_FOUND: 'CARE.NOT_FOUND',
  /** The state machine (src/domain/care/case.rules.ts) does not allow this move. */
  CARE_TRANSITION_INVALID: 'CARE.TRANSITION_INVALID',
  /** The case is resolved or cannot be resolved: it takes no more steps. */
  CARE_CLOSED: 'CARE.CLOSED',
  /** Accepting or working a case needs an assignee. */
  CARE_NOT_ASSIGNED: 'CARE.NOT_ASSIGNED',
  /** The assignee is not an organiser who covers the member. */
  CARE_ASSIGNEE_INVALID: 'CARE.ASSIGNEE_INVALID',
  /** The case's timeline is full (case.rules TIMELINE_MAX). */
  CARE_TIMELINE_FULL: 'CARE.TIMELINE_FULL',
  /** A visit day in the future or more than a year back. */
  VISIT_DAY_INVALID: 'VISIT.DAY_INVALID',
  // 述职评议 (secretary evaluation rounds) and 十佳/二十佳 评选 (award campaigns)
  EVAL_NOT_FOUND: 'EVAL.NOT_FOUND',
  /** One round per year (`_id` = r<year>). */
  EVAL_ROUND_EXISTS: 'EVAL.ROUND_EXISTS',
  /** No 流动党支部 / 云支部 to evaluate when opening. */
  EVAL_NO_EVALUEES: 'EVAL.NO_EVALUEES',
  /** A reviewer openid that no user has. */
  EVAL_REVIEWER_UNKNOWN: 'EVAL.REVIEWER_UNKNOWN',
  /** The round is closed: nothing in it changes any more. */
  EVAL_CLOSED: 'EVAL.CLOSED',
  /** Scoring outside the round's window (Shanghai days). */
  EVAL_OUTSIDE_WINDOW: 'EVAL.OUTSIDE_WINDOW',
  /** The branch is not among the round's secretaries. */
  EVAL_NOT_EVALUEE: 'EVAL.NOT_EVALUEE',
  /** A reviewer who is the branch's secretary does not score himself. */
  EVAL_OWN_BRANCH: 'EVAL.OWN_BRANCH',
  /** A score below 0, above the criterion's maximum, or not in half points. */
  EVAL_SCORE_OUT_OF_RANGE: 'EVAL.SCORE_OUT_OF_RANGE',
  /** A sheet must score every criterion of the round. */
  EVAL_SHEET_INCOMPLETE: 'EVAL.SHEET_INCOMPLETE',
  AWARD_NOT_FOUND: 'AWARD.NOT_FOUND',
  /** Closed or published: no more nominations, votes or closing. */
  AWARD_CLOSED: 'AWARD.CLOSED',
  /** Nominations close when voting starts. */
  AWARD_NOMINATION_CLOSED: 'AWARD.NOMINATION_CLOSED',
  AWARD_ALREADY_NOMINATED: 'AWARD.ALREADY_NOMINATED',
  /** Not a branch / member (by the campaign's kind), or not on the campaign's list. */
  AWARD_CANDIDATE_NOT_FOUND: 'AWARD.CANDIDATE_NOT_FOUND',
  /** Voting outside the window (Shanghai days). */
  AWARD_OUTSIDE_WINDOW: 'AWARD.OUTSIDE_WINDOW',
  /** At most one vote per voter per candidate. */
  AWARD_ALREADY_VOTED: 'AWARD.ALREADY_VOTED',
  /** The voter has used all his votes. */
  AWARD_NO_VOTES_LEFT: 'AWARD.NO_VOTES_LEFT',
  AWARD_SELF_VOTE: 'AWARD.SELF_VOTE',
  /** Results are shown to members once the county publishes them. */
  AWARD_NOT_PUBLISHED: 'AWARD.NOT_PUBLISHED',
  // 1+N pairing, contact logs and two-way co-management (双向共管)
  /** A contact log for a day that has not begun yet (Shanghai). */
  CONTACT_DAY_INVALID: 'CONTACT.DAY_INVALID',
  /** Unpairing a member who has no responsible cadre. */
  PAIRING_NOT_FOUND: 'PAIRING.NOT_FOUND',
  AGREEMENT_NOT_FOUND: 'AGREEMENT.NOT_FOUND',
  /** An agreement may cover at most MAX_COVERED members (they are kept in its document). */
  AGREEMENT_FULL: 'AGREEMENT.FULL',
  // 流动党员管理台账 export (ledger.export / ledger.exportStatus)
  /** No export job with that id. */
  LEDGER_EXPORT_NOT_FOUND: 'LEDGER.EXPORT_NOT_FOUND',
  // Join-code posters printed in steps (branch.posters / branch.postersStatus)
  /** No poster job with that id (or it was cleaned up after the retention). */
  POSTER_JOB_NOT_FOUND: 'POSTER.JOB_NOT_FOUND',
  // 角色管理: invitations and role changes
  /** A malformed, altered or unknown invitation token. */
  ROLE_INVITATION_INVALID: 'ROLE.INVITATION_INVALID',
  /** The invitation was accepted already, has expired or was withdrawn. */
  ROLE_INVITATION_CLOSED: 'ROLE.INVITATION_CLOSED',
  // Bulk import of villages and the ledger (import.*)
  IMPORT_NOT_FOUND: 'IMPORT.NOT_FOUND',
  /** The job is not in a state that allows this (already imported, still checking). */
  IMPORT_STATE: 'IMPORT.STATE',
  // 活动 (activities besides the theme day: enrolment, sign-in, summary, volunteer hours)
  ACTIVITY_NOT_FOUND: 'ACTIVITY.NOT_FOUND',
  /** A start more than 90 days back or more than a year ahead. */
  ACTIVITY_START_INVALID: 'ACTIVITY.START_INVALID',
  /** Every seat is taken (capacity.rules.ts). */
  ACTIVITY_FULL: 'ACTIVITY.FULL',
  /** One enrolment per member per activity. */
  ACTIVITY_ALREADY_ENROLLED: 'ACTIVITY.ALREADY_ENROLLED',
  /** The activity takes no enrolment, or it has started. */
  ACTIVITY_ENROLMENT_CLOSED: 'ACTIVITY.ENROLMENT_CLOSED',
  /** An activity with enrolment is signed in to by its enrolled members only. */
  ACTIVITY_NOT_ENROLLED: 'ACTIVITY.NOT_ENROLLED',
  /** Sign-in is open from 30 minutes before the start until the end. */
  ACTIVITY_OUTSIDE_WINDOW: 'ACTIVITY.OUTSIDE_WINDOW',
  /** The on-site code is malformed, forged, or another activity's. */
  ACTIVITY_CODE_INVALID: 'ACTIVITY.CODE_INVALID',
  /** A genuine on-site code whose 30 s step has passed (a forwarded photo). */
  ACTIVITY_CODE_EXPIRED: 'ACTIVITY.CODE_EXPIRED',
  /** The activity counts on-site sign-in only. */
  ACTIVITY_ONLINE_OFF: 'ACTIVITY.ONLINE_OFF',
  /** One sign-in per member per activity. */
  ACTIVITY_ALREADY_SIGNED: 'ACTIVITY.ALREADY_SIGNED',
  /** Summary, photos and hours are recorded from the start on. */
  ACTIVITY_NOT_STARTED: 'ACTIVITY.NOT_STARTED',
  /** Hours on an activity that is not 志愿服务, not in half hours, or longer than the activity. */
  ACTIVITY_HOURS_INVALID: 'ACTIVITY.HOURS_INVALID',
  /** Hours for a member who did not sign in to the activity. */
  ACTIVITY_NOT_SIGNED: 'ACTIVITY.NOT_SIGNED',
  /** The activity was cancelled: no enrolment, sign-in, edit or second cancel. */
  ACTIVITY_CANCELLED: 'ACTIVITY.CANCELLED',
  /** Withdrawing, editing and cancelling end at the start. */
  ACTIVITY_STARTED: 'ACTIVITY.STARTED',
  /** An edited capacity below the members already enrolled, or a limit on an activity without enrolment. */
  ACTIVITY_CAPACITY_BELOW: 'ACTIVITY.CAPACITY_BELOW',
  /** Cancelling once members signed in (they came: it happened). */
  ACTIVITY_HAS_SIGNINS: 'ACTIVITY.HAS_SIGNINS',
  // 党费 (dues) and 活动证 (activity cards)
  /** The member's dues for that month are recorded already (`_id` = member_month). */
  DUES_ALREADY_RECORDED: 'DUES.ALREADY_RECORDED',
  /** A month too far ahead or back, a payment day not come yet, or an arrears span over a year. */
  DUES_MONTH_INVALID: 'DUES.MONTH_INVALID',
  /** No dues record of that member and month (to withdraw). */
  DUES_NOT_FOUND: 'DUES.NOT_FOUND',
  /** The year's round is not closed, or the branch got no tier in it: no 党费补助 to pay. */
  DUES_NO_TIER: 'DUES.NO_TIER',
  /** The branch's 党费补助 of that year is recorded as paid already. */
  DUES_SUBSIDY_PAID: 'DUES.SUBSIDY_PAID',
  /** A card record the member's current card does not allow (issue over a valid card, renew without one…). */
  CARD_RECORD_INVALID: 'CARD.RECORD_INVALID',
  /** The year's 年审 is recorded already (`_id` = member_check_year). */
  CARD_CHECK_EXISTS: 'CARD.CHECK_EXISTS',
  // 微党课 (member lessons), study materials by post, mediation (乡音工作室)
  LESSON_NOT_FOUND: 'LESSON.NOT_FOUND',
  /** The lesson is not in a state that allows this (already reviewed, not returned). */
  LESSON_STATE: 'LESSON.STATE',
  MAILING_NOT_FOUND: 'MAILING.NOT_FOUND',
  /** A member is not among the batch's recipients. */
  MAILING_NOT_RECIPIENT: 'MAILING.NOT_RECIPIENT',
  MEDIATION_NOT_FOUND: 'MEDIATION.NOT_FOUND',
  /** The case is closed: it takes no more steps. */
  MEDIATION_CLOSED: 'MEDIATION.CLOSED',
  /** The handler is not an organiser who covers the case's member. */
  MEDIATION_HANDLER_INVALID: 'MEDIATION.HANDLER_INVALID',
  SYSTEM_BUSY: 'SYSTEM.BUSY',
} as const);

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export const forbidden = (message = '无权进行此操作') => new AppError(ErrorCodes.AUTH_FORBIDDEN, message);
export const notFound = (code: ErrorCode, message: string) => new AppError(code, message);
