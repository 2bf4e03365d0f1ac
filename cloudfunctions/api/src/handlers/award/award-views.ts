import type { CampaignView, CandidateView } from '@/contracts/award';
import type { Caller } from '@/domain/auth/grant';
import { maySeeCounts } from '@/domain/award/award-scope.rules';
import type { Ballot, Campaign, Nomination } from '@/domain/award/award.schema';
import { isNominationOpen, isVotingOpen, votesLeft } from '@/domain/award/vote.rules';
import { AppError, ErrorCodes } from '@/domain/shared/errors';
import { getCampaign } from '../../repos/awards.repo';

/** A campaign as the caller sees it; `votesLeft` only for joined members (who vote). */
export function campaignView(c: Campaign, caller: Caller, ballot: Ballot | null, now: number): CampaignView {
  const { createdBy: _createdBy, ...rest } = c;
  return {
    ...rest,
    votingOpen: isVotingOpen(c, now),
    nominationOpen: isNominationOpen(c, now),
    votesLeft: caller.memberId ? votesLeft(c, ballot) : null,
  };
}

export function candidateView(n: Nomination, caller: Caller, status: Campaign['status'], ballot: Ballot | null): CandidateView {
  return {
    candidateId: n.candidateId,
    name: n.name,
    sub: n.sub,
    reason: n.reason,
    nominatorName: n.nominatorName,
    at: n.at,
    votes: maySeeCounts(caller, status) ? n.votes : null,
    votedByMe: Boolean(ballot?.candidateIds.includes(n.candidateId)),
  };
}

export async function requireCampaign(id: string): Promise<Campaign> {
  const c = await getCampaign(id);
  if (!c) throw new AppError(ErrorCodes.AWARD_NOT_FOUND, '评选不存在');
  return c;
}
