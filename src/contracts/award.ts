import { api, type ActionTable } from './table';
import {
  awardCloseInputSchema,
  awardListInputSchema,
  awardNominateInputSchema,
  awardOpenInputSchema,
  awardRefInputSchema,
  awardVoteInputSchema,
  type Campaign,
  type Nomination,
} from '../domain/award/award.schema';

/** 十佳流动党组织 / 二十佳流动党员 评选. */
export const awardActions = {
  'award.open': api(awardOpenInputSchema),
  'award.nominate': api(awardNominateInputSchema),
  'award.vote': api(awardVoteInputSchema),
  'award.close': api(awardCloseInputSchema),
  'award.results': api(awardRefInputSchema),
  'award.list': api(awardListInputSchema),
  'award.get': api(awardRefInputSchema),
} as const satisfies ActionTable;

export type CampaignView = Omit<Campaign, 'createdBy'> & {
  votingOpen: boolean;
  nominationOpen: boolean;
  /** Votes the caller still has (null: he is not a joined member, so does not vote). */
  votesLeft: number | null;
};

/** A candidate as a voter sees him: `votes` only for the county during voting, or once published. */
export type CandidateView = Pick<Nomination, 'candidateId' | 'name' | 'sub' | 'reason' | 'nominatorName' | 'at'> & { votes: number | null; votedByMe: boolean };

export interface RankedCandidate extends Pick<Nomination, 'candidateId' | 'name' | 'sub' | 'reason' | 'votes'> {
  rank: number;
  elected: boolean;
  tie: boolean;
}

export interface AwardOutputs {
  'award.open': CampaignView;
  'award.nominate': CandidateView;
  'award.vote': { candidateId: string; votesLeft: number };
  'award.close': CampaignView;
  'award.results': { campaign: CampaignView; rows: RankedCandidate[]; voters: number };
  'award.list': { items: CampaignView[] };
  'award.get': { campaign: CampaignView; candidates: CandidateView[]; canNominate: boolean; canManage: boolean };
}
