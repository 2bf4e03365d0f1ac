import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { hasRole } from '@/domain/auth/grant';
import { AgreementForm } from '@/features/agreement/agreement-form';
import { agreementLine } from '@/features/agreement/agreement-line';
import { withCaller } from '@/features/shared/caller-of-me';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';
import { listAgreements } from '@/features/agreement/agreement.api';

const open = (id: string) => void Taro.navigateTo({ url: `/admin/agreement/index?id=${id}` });

/** 双向共管: the county's agreements with inflow organisations (and a new one); an inflow organiser's own. */
export default function AgreementsPage() {
  const data = useRemote(async () => {
    const [list, caller] = await withCaller(listAgreements());
    return { county: hasRole(caller, 'county'), items: list.items };
  });
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ county, items }) => (
          <View>
            <View className="card">
              <View className="card-title">共管协议</View>
              {items.map((a) => (
                <View key={a._id} className="row" onClick={() => open(a._id)}>
                  <View>
                    <View>
                      <Text>{a.name}</Text>
                      {a.active ? null : <Text className="tag">已终止</Text>}
                    </View>
                    <View className="muted">{agreementLine(a)}</View>
                  </View>
                  <Text className="muted nowrap">{a.memberCount} 人</Text>
                </View>
              ))}
              {items.length ? null : <View className="empty">还没有共管协议</View>}
            </View>
            {county ? <AgreementForm onDone={open} /> : null}
          </View>
        )}
      </LoadState>
    </View>
  );
}
