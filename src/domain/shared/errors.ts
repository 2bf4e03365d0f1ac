/**
 * Stable error codes. Functions throw AppError; the function boundary turns it into the
 * `{ ok:false, error:{ code, message, fields? } }` envelope, and pages turn it into a toast.
 * Codes are part of the contract (DESIGN.md §4): add new ones, never rename.
 */
export const ErrorCodes = {
  INPUT_INVALID: 'INPUT.INVALID',
  ACTION_UNKNOWN: 'ACTION.UNKNOWN',
  AUTH_REQUIRED: 'AUTH.REQUIRED',
  AUTH_FORBIDDEN: 'AUTH.FORBIDDEN',
  ADMIN_ALREADY_BOOTSTRAPPED: 'ADMIN.ALREADY_BOOTSTRAPPED',
  ORG_NOT_FOUND: 'ORG.NOT_FOUND',
  ORG_DUPLICATE: 'ORG.DUPLICATE',
  JOIN_SCENE_INVALID: 'JOIN.SCENE_INVALID',
  JOIN_GROUP_INVALID: 'JOIN.GROUP_INVALID',
  MEMBER_NOT_FOUND: 'MEMBER.NOT_FOUND',
  MEMBER_NOT_JOINED: 'MEMBER.NOT_JOINED',
  USER_NOT_FOUND: 'USER.NOT_FOUND',
  STUDY_NOT_FOUND: 'STUDY.NOT_FOUND',
  /** The push exists but is not addressed to this member (or not yet published). */
  STUDY_NOT_TARGETED: 'STUDY.NOT_TARGETED',
  /** The push's check-in window (its due day, Shanghai) is over. */
  CHECKIN_CLOSED: 'CHECKIN.CLOSED',
  /** The platform's content-security check refused the text or an image. */
  CONTENT_RISKY: 'CONTENT.RISKY',
  /** A photo is not the caller's own upload, is missing, or is too large. */
  CHECKIN_PHOTO_INVALID: 'CHECKIN.PHOTO_INVALID',
  /** The branch has no theme-day rule yet (its secretary sets it with themeday.plan). */
  THEMEDAY_NO_PLAN: 'THEMEDAY.NO_PLAN',
  /** The occurrence is not his branch's current one, or unknown. */
  THEMEDAY_NOT_FOUND: 'THEMEDAY.NOT_FOUND',
  /** Sign-in is only open from 30 minutes before the start until the end. */
  THEMEDAY_OUTSIDE_WINDOW: 'THEMEDAY.OUTSIDE_WINDOW',
  /** The on-site code is malformed, forged, or another branch's / month's. */
  THEMEDAY_CODE_INVALID: 'THEMEDAY.CODE_INVALID',
  /** One sign-in per member per occurrence. */
  THEMEDAY_ALREADY_SIGNED: 'THEMEDAY.ALREADY_SIGNED',
  SYSTEM_BUSY: 'SYSTEM.BUSY',
  /** Client side only: the request never reached the cloud (offline, timeout). */
  NETWORK_FAILED: 'NETWORK.FAILED',
  INTERNAL: 'SYSTEM.INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** A field-level validation problem, as reported in `error.fields`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode | string;
  message: string;
  fields?: FieldError[];
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];
  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const forbidden = (message = '无权进行此操作') => new AppError(ErrorCodes.AUTH_FORBIDDEN, message);
export const notFound = (code: ErrorCode, message: string) => new AppError(code, message);
