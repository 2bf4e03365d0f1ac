import type { ActionOutputs } from '@/contracts';
import { mayManageAwards } from '@/domain/award/award-scope.rules';
import { defaultSeats, type AwardOpenInput, type Campaign } from '@/domain/award/award.schema';
import { openingProblem } from '@/domain/award/vote.rules';
import { AppError, ErrorCodes, forbidden } from '@/domain/shared/errors';
import type { Ctx } from '@shared/dispatch/context';
import { newId } from '@shared/platform/ids';
import { insertCampaign } from '../../repos/awards.repo';
import { campaignView } from './award-views';

/** The county opens a campaign: kind, seats, votes per voter and the voting window (nominations run until it opens). */
export async function openAwardHandler(input: AwardOpenInput, ctx: Ctx): Promise<ActionOutputs['award.open']> {
  const { caller, now } = ctx;
  if (!mayManageAwards(caller)) throw forbidden('仅县委组织部可发起评选');
  const problem = openingProblem(input, now);
  if (problem) throw new AppError(ErrorCodes.INPUT_INVALID, problem.message, [problem]);
  const campaign: Campaign = {
    _id: newId(now),
    kind: input.kind,
    title: input.title,
    year: input.year,
    seats: input.seats ?? defaultSeats[input.kind],
    votesPerVoter: input.votesPerVoter,
    voteStartDay: input.voteStartDay,
    voteEndDay: input.voteEndDay,
    status: 'open',
    createdBy: caller.openid,
    createdAt: now,
    closedAt: null,
    publishedAt: null,
  };
  await insertCampaign(campaign);
  return campaignView(campaign, caller, null, now);
}
