import { View } from '@tarojs/components';
import { myMediations } from '@/features/mediation/mediation.api';
import { MyCaseCard } from '@/features/mediation/my-case-card';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

/** 我的调解维权 (member, read-only): the disputes mediated for him and for the 老乡 he brought. Opened from 我的档案. */
export default function MyMediationsPage() {
  const mine = useRemote(myMediations);
  return (
    <View className="page">
      <LoadState remote={mine}>
        {(m) =>
          m.items.length ? (
            <View>
              {m.items.map((item) => (
                <MyCaseCard key={item._id} item={item} />
              ))}
            </View>
          ) : (
            <View className="card">
              <View className="empty">暂无调解维权记录</View>
              <View className="muted">遇到工伤赔偿、欠薪、劳务纠纷、就医、就学方面的纠纷，可联系支部书记或村干部登记调解。</View>
            </View>
          )
        }
      </LoadState>
    </View>
  );
}
