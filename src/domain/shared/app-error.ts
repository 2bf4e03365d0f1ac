/**
 * What the app needs of errors: the AppError class, the envelope's error shape, and the codes the
 * app itself raises or branches on. The function answers every failure with its Chinese message,
 * so the app shows `error.message` and needs no code table; the full table of codes lives in
 * `errors.ts`, which builds on these and stays with the functions (it weighed 4.7 KB minified in
 * the weapp main package; docs/decisions/size.md). App code imports this module, never errors.ts
 * (.dependency-cruiser.cjs, tests/weapp/package-size.test.ts).
 */
export const ClientErrorCodes = {
  /** A form's own check, or the function's schema (with `fields`). */
  INPUT_INVALID: 'INPUT.INVALID',
  AUTH_REQUIRED: 'AUTH.REQUIRED',
  /** The county imported a record with this phone: the member claims it (join.match / member.claim) instead of joining anew. */
  JOIN_CLAIM_REQUIRED: 'JOIN.CLAIM_REQUIRED',
  /** A photo is not the caller's own upload, is missing, or is too large. */
  CHECKIN_PHOTO_INVALID: 'CHECKIN.PHOTO_INVALID',
  /** The branch has no theme-day rule yet (its secretary sets it with themeday.plan). */
  THEMEDAY_NO_PLAN: 'THEMEDAY.NO_PLAN',
  /** Someone acted on the case since the caller loaded it (its version moved): reload and retry. */
  CARE_STALE: 'CARE.STALE',
  /** The file is not the caller's own upload, missing, too large, not an .xlsx, or without the expected columns. */
  IMPORT_FILE_INVALID: 'IMPORT.FILE_INVALID',
  /** Client side only: the request never reached the cloud (offline, timeout). */
  NETWORK_FAILED: 'NETWORK.FAILED',
  INTERNAL: 'SYSTEM.INTERNAL',
} as const;

/** A field-level validation problem, as reported in `error.fields`. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  fields?: FieldError[];
}

/**
 * Functions throw it and the function boundary turns it into the `{ ok:false, error }` envelope;
 * the app rebuilds it from that envelope and turns it into a toast. `code` is one of errors.ts's
 * `ErrorCodes` (functions take it from there; the app from ClientErrorCodes or the envelope).
 */
export class AppError extends Error {
  readonly code: string;
  readonly fields?: FieldError[];
  constructor(code: string, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toBody(): ErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
