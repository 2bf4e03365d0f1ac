import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { call } from '@/services/cloud';
import { LoadState } from '../shared/load-state';
import { useMemberSearch } from '../shared/use-member-search';
import { useSubmit } from '../shared/use-submit';

/** The county finds members by name, employer or city and adds them to the agreement one tap each. */
export function MemberAdder({ agreementId, onDone }: { agreementId: string; onDone: () => void }) {
  const [q, setQ] = useState('');
  const found = useMemberSearch(q, 20);
  const { run } = useSubmit();
  const add = (memberId: string) =>
    run(async () => {
      await call('agreement.update', { agreementId, addMemberIds: [memberId] });
      void Taro.showToast({ title: '已加入', icon: 'success' });
      onDone();
    });
  return (
    <View className="card">
      <View className="card-title">加入党员</View>
      <Input className="field-input search-input" value={q} placeholder="搜索姓名、单位或城市" onInput={(e) => setQ(e.detail.value)} />
      <LoadState remote={found}>
        {(items) => (
          <View>
            {items.map((m) => (
              <View key={m._id} className="row">
                <View>
                  <Text>{m.name}</Text>
                  <Text className="muted"> {m.city} · {m.employer ?? ''}</Text>
                </View>
                <View className="btn btn-small" onClick={() => add(m._id)}>加入</View>
              </View>
            ))}
          </View>
        )}
      </LoadState>
    </View>
  );
}
