import { useState } from 'react';
import { View } from '@tarojs/components';
import { confirmReceipt, myMailings } from '@/features/mailing/mailing.api';
import { RecipientRow } from '@/features/mailing/recipient-row';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';

/** 学习资料签收 (member): the study materials posted to him; he confirms each on arrival. The address is kept in 我的档案. */
export default function MyMailingsPage() {
  const [confirmed, setConfirmed] = useState(0);
  const mine = useRemote(myMailings, [confirmed]);
  const { busy, run } = useSubmit();
  const confirm = (batchId: string) =>
    run(async () => {
      await confirmReceipt({ batchId });
      setConfirmed((n) => n + 1);
    });
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">寄给我的学习资料</View>
        <View className="muted mb-16">收到后请点「确认签收」。邮寄地址可在「我的档案」中填写或修改。</View>
        <LoadState remote={mine}>
          {(m) =>
            m.items.length ? (
              <View>
                {m.items.map((item) => (
                  <RecipientRow key={item._id} item={item} label={item.title}>
                    {item.receivedAt === null ? <SubmitButton text="确认签收" plain busy={busy} onClick={() => confirm(item.batchId)} /> : null}
                  </RecipientRow>
                ))}
              </View>
            ) : (
              <View className="empty">暂无寄送记录</View>
            )
          }
        </LoadState>
      </View>
    </View>
  );
}
