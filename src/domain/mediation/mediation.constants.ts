/** What a mediation case may say, as plain data: the pages use it without loading zod (mediation.schema.ts enforces it). */

export const mediationKinds = ['工伤赔偿', '欠薪', '劳务纠纷', '就医', '就学'] as const;
export type MediationKind = (typeof mediationKinds)[number];

export const mediationOutcomes = ['resolved', 'unresolved'] as const;
export type MediationOutcome = (typeof mediationOutcomes)[number];
export const outcomeLabels: Record<MediationOutcome, string> = { resolved: '已化解', unresolved: '未能化解' };

/** A case keeps at most this many steps (its document stays far below the size limit). */
export const STEPS_MAX = 100;
