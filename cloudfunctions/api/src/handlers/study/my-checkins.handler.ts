import type { ActionOutputs } from '@/contracts';
import { monthBounds, monthOf } from '@/domain/study/calendar.rules';
import { streaks } from '@/domain/study/streak.rules';
import type { Ctx } from '@shared/dispatch/context';
import { checkinDaysOf } from '../../repos/checkins.repo';
import { ownMemberId } from '@shared/auth/guards';

/**
 * My check-in calendar: the days of `month` (default: this Shanghai month) with a check-in, my
 * current and longest streaks over all my days, and how many check-ins I made. One request (the
 * days of all my check-ins, a projection of one field; a page per 1000 check-ins).
 */
export async function myCheckinsHandler(input: { month?: string }, { caller, now }: Ctx): Promise<ActionOutputs['checkin.mine']> {
  const memberId = ownMemberId(caller);
  const month = input.month ?? monthOf(now);
  const all = await checkinDaysOf(memberId);
  const { first, last } = monthBounds(month);
  const days = [...new Set(all.filter((d) => d >= first && d <= last))].sort();
  return { month, days, streak: streaks(all, now), total: all.length };
}
