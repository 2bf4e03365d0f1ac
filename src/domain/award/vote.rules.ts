import { daysUntil } from '../shared/day.rules';
import type { Campaign } from './award.schema';

export type VoteRefusal = 'closed' | 'outside' | 'not_nominated' | 'self' | 'already' | 'exhausted';

export interface VoteAttempt {
  campaign: Pick<Campaign, 'status' | 'voteStartDay' | 'voteEndDay' | 'votesPerVoter' | 'kind'>;
  now: number;
  candidateId: string;
  /** Whether the candidate is on the campaign's list. */
  nominated: boolean;
  voterMemberId: string;
  /** What the voter has used so far (no ballot yet: nothing). */
  ballot: { used: number; candidateIds: string[] } | null;
  tz?: string;
}

/**
 * Why a vote cannot count (null: it can), in the order a member should hear about it: a campaign
 * that is over, a window not open, an unknown candidate, himself, a second vote for the same
 * candidate, then no votes left.
 */
export function voteRefusal(a: VoteAttempt): VoteRefusal | null {
  if (a.campaign.status !== 'open') return 'closed';
  if (!isVotingOpen(a.campaign, a.now, a.tz)) return 'outside';
  if (!a.nominated) return 'not_nominated';
  if (a.campaign.kind === 'member' && a.candidateId === a.voterMemberId) return 'self';
  if (a.ballot?.candidateIds.includes(a.candidateId)) return 'already';
  if ((a.ballot?.used ?? 0) >= a.campaign.votesPerVoter) return 'exhausted';
  return null;
}

/** Voting runs on the window's Shanghai days, both ends included, while the campaign is open. */
export function isVotingOpen(c: Pick<Campaign, 'status' | 'voteStartDay' | 'voteEndDay'>, now: number, tz?: string): boolean {
  return c.status === 'open' && daysUntil(c.voteStartDay, now, tz) <= 0 && daysUntil(c.voteEndDay, now, tz) >= 0;
}

/** Nominations are taken until voting starts, so every voter sees the same list. */
export function isNominationOpen(c: Pick<Campaign, 'status' | 'voteStartDay'>, now: number, tz?: string): boolean {
  return c.status === 'open' && daysUntil(c.voteStartDay, now, tz) > 0;
}

export const votesLeft = (c: Pick<Campaign, 'votesPerVoter'>, ballot: { used: number } | null): number => Math.max(0, c.votesPerVoter - (ballot?.used ?? 0));

/** The next ballot after a vote that passed voteRefusal. */
export const castInto = (ballot: { used: number; candidateIds: string[] } | null, candidateId: string) => ({
  used: (ballot?.used ?? 0) + 1,
  candidateIds: [...(ballot?.candidateIds ?? []), candidateId],
});

/**
 * Why a new campaign's window cannot be used (null: fine): it must not be over, and voting must
 * start after today so that there is a nomination phase at all.
 */
export function openingProblem(w: { voteStartDay: string; voteEndDay: string }, now: number, tz?: string): { path: 'voteStartDay' | 'voteEndDay'; message: string } | null {
  if (daysUntil(w.voteEndDay, now, tz) < 0) return { path: 'voteEndDay', message: '结束日期不能早于今天' };
  if (daysUntil(w.voteStartDay, now, tz) <= 0) return { path: 'voteStartDay', message: '投票开始日期须晚于今天（此前为推荐阶段）' };
  return null;
}
