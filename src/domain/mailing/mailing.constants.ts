/** A dispatch batch's size, as plain data: the batch form shows it without loading zod (mailing.schema.ts enforces it). */
export const BATCH_RECIPIENTS_MAX = 100;
