/** The values member fields take, as plain data: the app's forms import them without zod (member.schema.ts builds on them). */

export const genders = ['男', '女'] as const;
export const contactStatuses = ['正常', '失联'] as const;
export type ContactStatus = (typeof contactStatuses)[number];
/** Suggested tags; organisers may add others. */
export const commonTags = ['困难党员', '人才', '头雁', '创业', '老党员'] as const;

/** The fields a member edits himself: the keys of `selfProfileSchema` (a domain test keeps them equal). */
export const selfEditableFields = [
  'name',
  'gender',
  'phone',
  'birthDate',
  'partyJoinDate',
  'originalOrg',
  'city',
  'employer',
  'industry',
  'outflowDate',
  'activityCardNo',
  'activityCardExpiry',
] as const;
