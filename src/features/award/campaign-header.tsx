import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { CampaignView } from '@/contracts/award';
import { campaignLine, campaignState } from './campaign-labels';

interface Props {
  campaign: CampaignView;
  /** Appended to the kind · seats · votes line. */
  detail?: string;
  /** What the page adds under it (votes left, the way to the ballot). */
  children?: ReactNode;
  onClick?: () => void;
}

/** A campaign's title card, the same in the list, on the campaign page and on the ballot. */
export function CampaignHeader({ campaign: c, detail, children, onClick }: Props) {
  return (
    <View className="card" onClick={onClick}>
      <View className="card-title">
        {c.title}
        <View className="card-sub">{campaignState(c)}</View>
      </View>
      <View className="muted">{detail ? `${campaignLine(c)} · ${detail}` : campaignLine(c)}</View>
      {children}
    </View>
  );
}
