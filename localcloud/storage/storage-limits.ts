/** Storage figures, in one place so README and code cannot drift. */

/**
 * Largest object `cloud.uploadFile` from a function may store. COS itself takes up to 5 GB in one
 * PUT; this is our product limit (functions run in 256 MB and hold the Buffer in memory), refused
 * the way COS refuses an oversize PUT: `EntityTooLarge`.
 */
export const SDK_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

/** H5 client upload (POST /storage/upload): photos only, ≤ 1 MB (imgSecCheck's own ceiling). */
export const CLIENT_IMAGE_MAX_BYTES = 1024 * 1024;
export const CLIENT_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * H5 client upload of a spreadsheet for the county's import (import.check reads it). WeChat's
 * wx.cloud.uploadFile takes any file type; the product caps imports at 2 MB (import-job.rules.ts
 * MAX_BYTES), and so does this route.
 */
export const CLIENT_SHEET_MAX_BYTES = 2 * 1024 * 1024;
export const CLIENT_SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** getTempFileURL: "默认一天且最大不超过一天"; at most 50 files per call (also deleteFile). */
export const URL_DEFAULT_MAX_AGE_S = 86_400;
export const URL_MAX_AGE_S = 86_400;
export const FILES_PER_CALL = 50;

/** The signed PUT URL handed out by getUploadMetadata (the SDK uses it at once). */
export const UPLOAD_URL_MAX_AGE_S = 600;
