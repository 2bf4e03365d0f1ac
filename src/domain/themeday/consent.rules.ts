/**
 * Reminder consents. A one-time subscription (the common case) allows one send per acceptance; a
 * long-term subscription — offered only to account categories WeChat allows (government, education,
 * health…) and configured per environment — allows sends until the member turns it off.
 */
export interface ConsentState {
  available: number;
  longTerm?: boolean;
}

/** The reminder's template where none is configured (local cloud, tests); the app's .env uses the same id. */
export const DEFAULT_REMINDER_TEMPLATE = 'THEMEDAY_REMINDER';

/** The templates configured as long-term (comma-separated ids, e.g. env THEMEDAY_LONGTERM_TEMPLATE_IDS). */
export const longTermTemplates = (config: string | undefined): Set<string> =>
  new Set((config ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** Whether a reminder may be sent on this consent at all. */
export const maySend = (c: ConsentState | undefined): boolean => !!c && (c.longTerm === true || c.available > 0);

/** Whether a send uses up one acceptance (never for a live long-term subscription). */
export const spendsAcceptance = (c: ConsentState): boolean => c.longTerm !== true;

/**
 * The templates a member may subscribe to: the reminder's (env THEMEDAY_TEMPLATE_ID, read by the
 * fan-out too, so both functions agree) and those configured as long-term. A consent for any other
 * id could never be spent, so the api refuses it instead of storing it.
 */
export function reminderTemplates(env: Record<string, string | undefined>): { known: Set<string>; longTerm: Set<string> } {
  const longTerm = longTermTemplates(env.THEMEDAY_LONGTERM_TEMPLATE_IDS);
  return { known: new Set([env.THEMEDAY_TEMPLATE_ID || DEFAULT_REMINDER_TEMPLATE, ...longTerm]), longTerm };
}
