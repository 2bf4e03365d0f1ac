/** What a care case may say, as plain data: the filing form uses it without loading zod (care.schema.ts enforces it). */

/** 关怀帮扶: what a mobile member may ask help with (issue #6). */
export const careKinds = ['子女上学', '老人就医', '工伤', '欠薪维权', '就业', '其他'] as const;
export type CareKind = (typeof careKinds)[number];

export const contactPreferences = ['电话', '微信', '上门'] as const;
export type ContactPreference = (typeof contactPreferences)[number];

export const DESCRIPTION_MIN = 5;
export const DESCRIPTION_MAX = 1000;
