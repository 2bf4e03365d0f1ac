import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { getMailing, markSent } from '@/features/mailing/mailing.api';
import { RecipientRow } from '@/features/mailing/recipient-row';
import { LoadState } from '@/features/shared/load-state';
import { SubmitButton } from '@/features/shared/submit-button';
import { useRemote } from '@/features/shared/use-remote';
import { useSubmit } from '@/features/shared/use-submit';

/** One batch: the recipients the organiser manages, their addresses, and 标记已寄出 (one or all not yet marked). */
export default function MailingPage() {
  const batchId = useRouter().params.id ?? '';
  const [marked, setMarked] = useState(0);
  const data = useRemote(() => getMailing({ batchId }), [batchId, marked]);
  const { busy, run } = useSubmit();
  const mark = (memberIds: string[]) =>
    run(async () => {
      await markSent({ batchId, memberIds });
      setMarked((n) => n + 1);
    });
  return (
    <View className="page">
      <LoadState remote={data}>
        {({ batch, items }) => {
          const waiting = items.filter((i) => i.sentAt === null).map((i) => i.memberId);
          return (
            <View className="card">
              <View className="card-title">{batch.title}</View>
              <View className="muted mb-16">
                {batch.note ? `${batch.note} · ` : ''}共 {batch.counts.recipients} 人 · 已寄 {batch.counts.sent} · 已签收 {batch.counts.received}
              </View>
              {waiting.length ? <SubmitButton text={`全部标记已寄出（${waiting.length} 人）`} busy={busy} onClick={() => mark(waiting.slice(0, 100))} /> : null}
              {items.map((i) => (
                <RecipientRow key={i._id} item={i} label={i.memberName}>
                  {i.sentAt === null ? <SubmitButton text="已寄出" plain busy={busy} onClick={() => mark([i.memberId])} /> : null}
                </RecipientRow>
              ))}
            </View>
          );
        }}
      </LoadState>
    </View>
  );
}
