import { View } from '@tarojs/components';
import { myDues } from '@/features/dues/dues.api';
import { MyDues } from '@/features/dues/my-dues';
import { LoadState } from '@/features/shared/load-state';
import { useRemote } from '@/features/shared/use-remote';

/** A member's own 党费: what he owes and what his branch recorded. */
export default function DuesPage() {
  const dues = useRemote(myDues);
  return (
    <View className="page">
      <LoadState remote={dues}>{(d) => <MyDues dues={d} />}</LoadState>
    </View>
  );
}
