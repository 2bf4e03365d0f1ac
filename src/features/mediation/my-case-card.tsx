import { View } from '@tarojs/components';
import type { MyMediationCase } from '@/contracts/mediation';
import { dayOf } from '@/domain/shared/day.rules';
import { Row } from '../shared/row';
import { CaseStateBadge, CaseSteps } from './case-steps';

/** One case as the member it concerns reads it: what, for whom, who handles it, what was done and how it ended. */
export function MyCaseCard({ item }: { item: MyMediationCase }) {
  return (
    <View className="card">
      <View className="card-title">
        {item.kind}
        <CaseStateBadge state={item.state} outcome={item.outcome} />
      </View>
      <Row label="当事人" value={item.villagerName ? `${item.villagerName}（你带来的老乡）` : '本人'} />
      <Row label="承办人" value={item.handlerName ?? '组织者'} />
      <Row label="登记日期" value={dayOf(item.openedAt)} />
      <View className="mt-16" style={{ whiteSpace: 'pre-wrap' }}>{item.description}</View>
      <View className="card-title mt-16">调解经过</View>
      <CaseSteps steps={item.steps} empty="承办人还没有记录经过" />
    </View>
  );
}
