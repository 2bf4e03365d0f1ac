import type { ActionInput } from '@/contracts';
import { call } from '@/services/cloud';

/** The calls the pages of 十佳 / 二十佳 campaigns make; components of this feature that submit call for themselves. */
export const campaignResults = (input: ActionInput<'award.results'>) => call('award.results', input);
export const closeCampaign = (input: ActionInput<'award.close'>) => call('award.close', input);
export const getCampaign = (input: ActionInput<'award.get'>) => call('award.get', input);
export const listCampaigns = () => call('award.list');
export const voteFor = (input: ActionInput<'award.vote'>) => call('award.vote', input);
