import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { MemberView } from '@/contracts';
import { CareFileForm } from '@/features/care/care-file-form';
import { MemberPicker } from '@/features/shared/member-picker';

/**
 * Files a difficulty: a member for himself, or (`?onBehalf=1`, from the organisers' queue) an
 * organiser for a member of his ledger he picks by name (the function checks he covers him).
 */
export default function CareFilePage() {
  const { params } = useRouter();
  const onBehalf = params.onBehalf === '1';
  const [member, setMember] = useState<MemberView | null>(null);
  const done = () => {
    void Taro.showToast({ title: '已提交，请留意办理进度', icon: 'none' });
    void Taro.navigateBack();
  };
  return (
    <View className="page">
      {onBehalf ? (
        <View className="card">
          <MemberPicker label="代哪位党员求助" required value={member} onChange={setMember} />
        </View>
      ) : null}
      {!onBehalf || member ? <CareFileForm key={member?._id ?? 'self'} memberId={member?._id} onFiled={done} /> : null}
    </View>
  );
}
