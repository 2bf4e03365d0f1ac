/** How dues were handed over, as plain data: the record form uses it without loading zod (dues.schema.ts enforces it). */
export const duesMethods = ['现金', '微信转账', '支付宝', '银行转账', '其他'] as const;
export type DuesMethod = (typeof duesMethods)[number];
