/** An activity's limits as plain data: the organiser's forms use them without loading zod (activity.schema.ts enforces them). */

/** Longest activity: a week (家乡行 and 冬春训 run over several days). */
export const DURATION_MAX_MINUTES = 7 * 24 * 60;
export const CAPACITY_MAX = 10_000;
export const BRANCHES_MAX = 50;
export const SUMMARY_MAX = 2000;
export const ACTIVITY_PHOTOS_MAX = 9;
export const HOURS_ENTRIES_MAX = 200;
export const CANCEL_REASON_MAX = 60;
