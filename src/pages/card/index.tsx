import { View } from '@tarojs/components';
import { cardHistory } from '@/features/card/card.api';
import { CardHistory } from '@/features/card/card-history';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

/** A member's own 流动党员活动证: its date and state, and its issue, renewal and 年审 records. */
export default function CardPage() {
  const history = useRemote(() => cardHistory());
  return (
    <View className="page">
      <LoadState remote={history}>{(h) => <CardHistory history={h} />}</LoadState>
    </View>
  );
}
