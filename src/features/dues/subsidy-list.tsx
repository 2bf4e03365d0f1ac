import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActionOutputs } from '@/contracts';
import { dayOf } from '@/domain/shared/day.rules';
import { LoadState } from '../shared/load-state';
import { SubmitButton } from '../shared/submit-button';
import { useRemote } from '../shared/use-remote';
import { useSubmit } from '../shared/use-submit';
import { duesSubsidies, paySubsidy } from './dues.api';

type Subsidies = ActionOutputs['dues.subsidies'];

/** The county's card of the year's 党费补助: mounted only for the county, so nobody else asks for it. */
export function SubsidyCard({ year }: { year: number }) {
  const subsidies = useRemote(() => duesSubsidies(year), [year]);
  return (
    <View className="card">
      <View className="card-title">{year} 年度党费补助</View>
      <LoadState remote={subsidies}>{(s) => <SubsidyList subsidies={s} onPaid={() => void subsidies.reload()} />}</LoadState>
    </View>
  );
}

/** The year's 党费补助 by evaluation tier, each branch marked paid or with a button to record it paid today. */
function SubsidyList({ subsidies, onPaid }: { subsidies: Subsidies; onPaid: () => void }) {
  const { busy, run } = useSubmit();
  if (subsidies.round !== 'closed') return <View className="empty">{subsidies.year} 年度述职评议{subsidies.round === 'none' ? '尚未发起' : '尚未结束'}，结束后按档次登记党费补助</View>;
  const pay = (branchId: string) =>
    run(async () => {
      await paySubsidy({ year: subsidies.year, branchId, paidOn: dayOf(Date.now()) });
      void Taro.showToast({ title: '已登记拨付', icon: 'success' });
      onPaid();
    });
  return (
    <View>
      <View className="row">
        <Text>应拨 {subsidies.totals.due} 元，已拨 {subsidies.totals.paid} 元</Text>
      </View>
      {subsidies.rows.map((r) => (
        <View key={r.branchId} className="row">
          <Text>
            {r.branchName}（{r.secretaryName}）{r.tier ?? '未评分'} {r.amount} 元
          </Text>
          {r.payment ? (
            <Text className="muted">已于 {r.payment.paidOn} 拨付</Text>
          ) : r.tier ? (
            <SubmitButton text="登记已拨付" plain busy={busy} onClick={() => pay(r.branchId)} />
          ) : null}
        </View>
      ))}
    </View>
  );
}
