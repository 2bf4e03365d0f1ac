import type { CampaignView } from '@/contracts/award';
import { awardKindLabels } from '@/domain/award/award.constants';

/** Where a campaign stands, in words a member understands. */
export function campaignState(c: CampaignView): string {
  if (c.status === 'published') return '结果已公布';
  if (c.status === 'closed') return '已结束，待公布';
  if (c.nominationOpen) return `推荐中，${c.voteStartDay} 开始投票`;
  if (c.votingOpen) return `投票中，截至 ${c.voteEndDay}`;
  return `投票已于 ${c.voteEndDay} 截止`;
}

export const campaignLine = (c: CampaignView) => `${awardKindLabels[c.kind]} · ${c.seats} 名 · 每人 ${c.votesPerVoter} 票`;
