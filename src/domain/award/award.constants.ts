/** The awards and their limits, as plain data: the app's forms and labels use them without loading zod (award.schema.ts enforces them). */

/** 十佳流动党组织 (candidates: branches) / 二十佳流动党员 (candidates: members). */
export const awardKinds = ['branch', 'member'] as const;
export type AwardKind = (typeof awardKinds)[number];
export const awardKindLabels: Record<AwardKind, string> = { branch: '十佳流动党组织', member: '二十佳流动党员' };
/** Seats when the county does not say otherwise: the names of the awards. */
export const defaultSeats: Record<AwardKind, number> = { branch: 10, member: 20 };

export const REASON_MIN = 10;
export const REASON_MAX = 500;
