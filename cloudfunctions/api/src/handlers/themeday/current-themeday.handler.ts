import type { ActionOutputs } from '@/contracts';
import { duesReminderLine } from '@/domain/dues/dues.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { addMonths, isSigninOpen, monthAt, nextOccurrence, occurrenceId } from '@/domain/themeday/occurrence.rules';
import type { Ctx } from '@shared/dispatch/context';
import { consentsOf, consentSummary } from '@shared/repos/consents.repo';
import { branchSheetId, getPlan, sheetsByIds, signinId, signinsByIds } from '../../repos/themeday.repo';
import { memberUnpaidMonths } from '../dues/member-unpaid';
import { joinedPlacement } from '@shared/auth/guards';
import { mergeSheet, occurrenceView } from './themeday-views';

/**
 * The member's next (or running) meeting with its merged 提示单, his sign-in and his consents.
 * The meeting is this month's or next month's, unknown before the plan is read: sheets and
 * sign-ins of both months are read in the same parallel round (1 + 4 requests, no chain), with
 * his dues of the last twelve months for the 提示单's 党费 line (2 more, same round).
 */
export async function currentThemedayHandler(_input: Record<string, never>, ctx: Ctx): Promise<ActionOutputs['themeday.current']> {
  const { caller, now } = ctx;
  const { memberId, placement } = joinedPlacement(ctx);
  const { branchId } = placement;
  const months = [monthAt(now), addMonths(monthAt(now), 1)];
  const [planDoc, sheets, signins, consents, unpaid] = await Promise.all([
    getPlan(branchId),
    sheetsByIds(months.flatMap((m) => [m, branchSheetId(branchId, m)])),
    signinsByIds(months.map((m) => signinId(occurrenceId(branchId, m), memberId))),
    consentsOf(caller.openid),
    memberUnpaidMonths(memberId, now),
  ]);
  if (!planDoc) throw new AppError(ErrorCodes.THEMEDAY_NO_PLAN, '本支部尚未设定主题党日');
  const o = nextOccurrence(branchId, planDoc.plan, now);
  const mine = signins.find((s) => s.occurrenceId === o.id) ?? null;
  return {
    occurrence: occurrenceView(o),
    sheet: mergeSheet(sheets, branchId, o.month),
    open: isSigninOpen(o, now),
    signin: mine ? { mode: mine.mode, at: mine.at } : null,
    place: planDoc.plan.place ?? null,
    meetingUrl: planDoc.plan.meetingUrl ?? null,
    onlineSignin: planDoc.plan.onlineSignin !== false,
    duesReminder: duesReminderLine(unpaid, now),
    ...consentSummary(consents),
  };
}
